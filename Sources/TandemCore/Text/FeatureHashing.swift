/// 64-bit FNV-1a hashing of byte strings, with a namespace so that the word
/// "nurse", the bigram "nurse ..." and the character n-gram "nurs" never share a
/// feature by accident.
enum FeatureHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    enum Namespace: UInt64 {
        case word = 1, bigram = 2, char = 3, context = 4, bias = 5, interaction = 6
    }

    @inline(__always)
    static func seed(_ namespace: Namespace) -> UInt64 { offset ^ (namespace.rawValue &* 0x9E37_79B9_7F4A_7C15) }

    @inline(__always)
    static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* prime }

    @inline(__always)
    static func finish(_ h: UInt64) -> UInt64 { h == 0 ? 1 : h }

    static func hash<C: Collection>(_ bytes: C, _ namespace: Namespace) -> UInt64 where C.Element == UInt8 {
        var h = seed(namespace)
        for byte in bytes { h = step(h, byte) }
        return finish(h)
    }

    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = seed(.bigram)
        h = (h ^ a) &* prime
        h = ((h << 31) | (h >> 33)) ^ b
        h &*= 0xff51_afd7_ed55_8ccd
        return finish(h)
    }
}

/// An open-addressing hash table from feature hashes to numbers: one flat
/// array probed linearly, because looking features up is most of the work of
/// classifying a comment. Each slot is one 64-bit word: a 40-bit fingerprint
/// of the hash and the number plus one (24 bits), so zero means empty. Compact
/// enough to stay in cache. Two hashes that share a fingerprint would share a
/// feature; with a 40-bit fingerprint that is about one chance in two hundred
/// across a hundred thousand features, and would merge two rare n-grams.
struct FeatureTable: Sendable {
    static let maximumValue: Int32 = (1 << 24) - 2

    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 1024) {
        var capacity = 16
        while capacity * 5 < minimumCapacity * 8 { capacity <<= 1 }  // load factor at most 0.625
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt64 { key >> 24 }

    /// Where probing starts: from the fingerprint alone, so the table can grow without the full hashes.
    @inline(__always)
    private static func start(_ fingerprint: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (fingerprint &* 0x9E37_79B9_7F4A_7C15) >> 21) & mask
    }

    /// The number stored for `key`, or -1.
    @inline(__always)
    func find(_ key: UInt64) -> Int32 {
        let print = Self.fingerprint(key)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.start(print, mask)
            while true {
                let stored = slots[slot]
                if stored == 0 { return -1 }
                if stored >> 24 == print { return Int32(truncatingIfNeeded: stored & 0xFF_FFFF) - 1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The number for `key`, storing `initial` if the key is new; and whether it was new.
    @inline(__always)
    mutating func findOrInsert(_ key: UInt64, initial: Int32) -> (value: Int32, inserted: Bool) {
        precondition(initial <= Self.maximumValue, "too many features for one table")
        if (count + 1) * 8 > slots.count * 5 { grow() }
        let print = Self.fingerprint(key)
        var slot = Self.start(print, mask)
        while true {
            let stored = slots[slot]
            if stored == 0 {
                slots[slot] = print << 24 | UInt64(UInt32(bitPattern: initial + 1))
                count += 1
                return (initial, true)
            }
            if stored >> 24 == print { return (Int32(truncatingIfNeeded: stored & 0xFF_FFFF) - 1, false) }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(_ key: UInt64, _ value: Int32) {
        _ = findOrInsert(key, initial: value)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for stored in old where stored != 0 {
            var slot = Self.start(stored >> 24, mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = stored
        }
    }
}
