/// Hashed features of every token: its word (or shape when it holds digits), affixes, shape,
/// neighbouring words, line position, the line's first word and the word before the nearest
/// colon, the pattern flags of the token and its neighbours. Features are 64-bit hashes, never
/// strings, so extraction allocates little.
public struct DecreeFeatures: Sendable {
    /// Features of token `i` are `hashes[offsets[i]..<offsets[i + 1]]`.
    public let hashes: [UInt64]
    public let offsets: [Int]
    /// Per token, the labels its pattern detectors allow (see ``PatternFlags/admissible``).
    public let admissible: [UInt8]

    /// `lexical: false` leaves out every feature that names a word (used in training as
    /// dropout, so shapes, positions and pattern flags learn to decide on their own).
    /// `vocabulary` holds the word hashes that training saw as ordinary decree wording; a
    /// capitalised word outside it (a name, most likely) gets the `oov` features.
    public init(_ tokens: [DecreeToken], flags: PatternFlags, vocabulary: Set<UInt64> = [], lexical: Bool = true) {
        let n = tokens.count
        var word = [UInt64](repeating: 0, count: n), shape = word, pre = word, suf = word, suf2 = word, oov = word
        var letters = [Int](repeating: 0, count: n)
        var flagHashes = [[UInt64]](repeating: [], count: n)
        for (i, token) in tokens.enumerated() {
            let key = Self.wordKey(token.text)
            word[i] = Self.hash(key)
            shape[i] = Self.hash(Self.shape(token.text))
            pre[i] = Self.hash(String(key.prefix(3)))
            suf[i] = Self.hash(String(key.suffix(3)))
            suf2[i] = Self.hash(String(key.suffix(2)))
            flagHashes[i] = flags.flags[i].map { Self.hash($0) }
            letters[i] = Self.letterCount(token.text)
            oov[i] = !vocabulary.isEmpty && letters[i] >= 2 && !vocabulary.contains(word[i]) ? 1 : 2
        }
        var lineHead = [UInt64](repeating: 0, count: n), colonKey = lineHead, lineEnd = [Bool](repeating: false, count: n)
        var prevHead: UInt64 = 0, head: UInt64 = 0, currentLine = -1, keyBefore: UInt64 = 0, headSet = false
        var lineHeadOfPrevious = [UInt64](repeating: 0, count: n)
        for i in 0..<n {
            if tokens[i].line != currentLine {
                if currentLine >= 0 { prevHead = head }
                currentLine = tokens[i].line
                head = 0
                headSet = false
                keyBefore = 0
            }
            if !headSet, letters[i] >= 2 { head = word[i]; headSet = true }
            if tokens[i].text == ":", i > 0, tokens[i - 1].line == currentLine { keyBefore = word[i - 1] }
            lineHead[i] = head
            lineHeadOfPrevious[i] = prevHead
            colonKey[i] = keyBefore
            lineEnd[i] = i + 1 == n || tokens[i + 1].line != currentLine
        }
        var hashes: [UInt64] = []
        hashes.reserveCapacity(n * 48)
        var offsets = [0]
        offsets.reserveCapacity(n + 1)
        let none: UInt64 = 0x9E37_79B9
        let lines = max(1, (tokens.last?.line ?? 0) + 1)
        func at(_ array: [UInt64], _ j: Int) -> UInt64 { j >= 0 && j < n ? array[j] : none }
        for i in 0..<n {
            func add(_ template: UInt64, _ value: UInt64) { hashes.append(Self.mix(template, value)) }
            add(1, 0)
            add(3, shape[i]); add(13, at(shape, i - 1)); add(14, at(shape, i + 1))
            add(18, UInt64(min(tokens[i].column, 6))); add(19, lineEnd[i] ? 1 : 0)
            add(30, UInt64(tokens[i].line * 5 / lines))
            add(31, oov[i]); add(32, Self.mix(oov[i], shape[i])); add(33, at(oov, i - 1)); add(34, at(oov, i + 1))
            add(35, Self.mix(at(oov, i - 1), Self.mix(oov[i], at(oov, i + 1))))
            for f in flagHashes[i] { add(36, Self.mix(f, oov[i])) }
            for f in flagHashes[i] { add(24, f) }
            if i > 0 { for f in flagHashes[i - 1] { add(27, f) } }
            if i + 1 < n { for f in flagHashes[i + 1] { add(28, f) } }
            if flagHashes[i].isEmpty { add(29, 0) }
            if lexical {
                add(2, word[i]); add(4, pre[i]); add(5, suf[i]); add(6, suf2[i])
                add(7, at(word, i - 1)); add(8, at(word, i + 1)); add(9, at(word, i - 2)); add(10, at(word, i + 2))
                add(11, Self.mix(at(word, i - 1), word[i])); add(12, Self.mix(word[i], at(word, i + 1)))
                for j in max(0, i - 3)..<i { add(15, word[j]) }
                for j in max(0, i - 6)..<max(0, i - 3) { add(16, word[j]) }
                for j in (i + 1)..<min(n, i + 4) { add(17, word[j]) }
                add(20, lineHead[i]); add(21, colonKey[i]); add(22, lineHeadOfPrevious[i])
                add(23, Self.mix(lineHead[i], shape[i]))
                for f in flagHashes[i] { add(25, Self.mix(f, lineHead[i])); add(26, Self.mix(f, colonKey[i])) }
            }
            offsets.append(hashes.count)
        }
        self.hashes = hashes
        self.offsets = offsets
        self.admissible = flags.admissible
    }

    /// The word as features see it: lower case without closing punctuation; words with digits
    /// become their shape so numbers are never memorised.
    public static func wordKey(_ text: String) -> String {
        if text.unicodeScalars.contains(where: isDigit) { return "#" + shape(text) }
        var w = text.lowercased()
        while w.utf8.count > 1, let last = w.utf8.last, last == 0x2E || last == 0x2C { w.removeLast() }
        return w
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) || (s.value > 0x7F && s.properties.numericType != nil) }

    static func letterCount(_ text: String) -> Int { text.unicodeScalars.reduce(0) { $0 + ($1.properties.isAlphabetic ? 1 : 0) } }

    /// Character classes with runs collapsed: `Penata` → `Xx`, `823.3/045/BKD/2023` → `d.d/d/X/d`;
    /// in a mostly-digit token, OCR letters count as digits (`2O23` → `d`).
    static func shape(_ text: String) -> String {
        var digits = 0, alphanumerics = 0
        for s in text.unicodeScalars {
            if isDigit(s) { digits += 1; alphanumerics += 1 } else if s.properties.isAlphabetic { alphanumerics += 1 }
        }
        let repair = digits * 5 >= alphanumerics * 3
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar = " "
        for s in text.unicodeScalars {
            let k: Unicode.Scalar
            if isDigit(s) || (repair && OCRConfusion.asDigitScalars.contains(s)) {
                k = "d"
            } else if s.properties.isUppercase {
                k = "X"
            } else if s.properties.isAlphabetic {
                k = "x"
            } else {
                k = s
            }
            if k != last { out.append(k) }
            last = k
        }
        return String(out)
    }

    public static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = a &* 0x9E37_79B9_7F4A_7C15 ^ b
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
