import Contracts
import Foundation

extension TranscriptTable {
    /// A course list (``TranscriptList``) read as a table: its items in order, an item whose grade
    /// was not read, or a line starting with a code that is no item, counted unreadable, a totals line between them added; its columns (code,
    /// name, SKS, grade) where the items print them. Nil when the page shows no list.
    static func list(_ lines: [[OCRWord]], scale: GradeScale) -> (layout: Layout, body: Body)? {
        guard let list = TranscriptList(lines, scale: scale), let first = list.items.first, let last = list.items.last else { return nil }
        var body = Body(), lastTotal = 0, next = 0
        for index in first.lines.lowerBound...last.lines.upperBound {
            if next < list.items.count, list.items[next].lines.upperBound == index {
                let item = list.items[next]
                next += 1
                guard let grade = item.grade, let value = scale.canonical(grade.text) else { body.unreadable += 1; continue }
                let name = withoutRules(item.name).map { repairName($0.text) }.joined(separator: " ")
                body.rows.append(CourseRow(code: codeValue(item.code.text), name: name, sks: item.credits, grade: value))
                body.cells.append(Cells(sks: item.sks, grade: grade))
            } else if lines[index].first.flatMap({ codeValue($0.text) }) != nil, !list.items.contains(where: { $0.lines.contains(index) }) {
                // a course's code line that did not read as an item is a course lost, not nothing
                body.unreadable += 1
            } else if isSummary(lines[index]), !TranscriptLabelReread.isSemesterLabel(lines[index].first), body.rows.count > lastTotal {
                body.addTotal(lines[index], since: lastTotal)
                lastTotal = body.rows.count
            }
        }
        func span(_ column: Column, _ words: [OCRWord]) -> Header? {
            guard let left = words.map(\.box.x).min(), let right = words.map({ $0.box.x + $0.box.width }).max() else { return nil }
            return Header(column: column, left: left, right: right)
        }
        let headers = [span(.code, list.items.map(\.code)), span(.name, list.items.flatMap(\.name)),
            span(.sks, list.items.map(\.sks)), span(.grade, list.items.compactMap(\.grade))].compactMap { $0 }
        return (Layout(headers: headers, start: first.lines.lowerBound, counted: true, isList: true), body)
    }
}
