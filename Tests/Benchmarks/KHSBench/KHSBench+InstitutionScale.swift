import OCRService

extension KHSBench {
    /// The grade scale the institution of a generated page would configure for its recruitment
    /// (`grade_scale` in the product), named as the generator's truth names it. The common
    /// Indonesian scales (A AB B BC…, A- B+ 3.3…, numeric) do not collide, so the default reads them;
    /// a scale whose letters collide with it (B+ = 3.5) must be passed, as an admin would.
    static func institutionScale(_ name: String?) -> GradeScale {
        switch name {
        case "letter_half":
            GradeScale(points: ["A": 4.0, "B+": 3.5, "B": 3.0, "C+": 2.5, "C": 2.0, "D+": 1.5, "D": 1.0, "E": 0.0], acceptsNumeric: false)
        default:
            .indonesian
        }
    }
}
