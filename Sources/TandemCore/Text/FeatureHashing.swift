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

/// An open-addressing hash table from feature hashes to numbers: a flat array
/// probed linearly, because looking features up is most of the work of
/// classifying a comment.
struct FeatureTable: Sendable {
    private(set) var keys: [UInt64]
    private(set) var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 1024) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }

    @inline(__always)
    func find(_ key: UInt64) -> Int32 {
        keys.withUnsafeBufferPointer { keys in
            var slot = Self.slot(key, mask)
            while true {
                let stored = keys[slot]
                if stored == key { return values[slot] }
                if stored == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The slot holding `key`, inserting it with value `initial` if new; and whether it was new.
    @inline(__always)
    mutating func slot(for key: UInt64, initial: Int32) -> (slot: Int, inserted: Bool) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.slot(key, mask)
        while true {
            let stored = keys[slot]
            if stored == key { return (slot, false) }
            if stored == 0 {
                keys[slot] = key
                values[slot] = initial
                count += 1
                return (slot, true)
            }
            slot = (slot + 1) & mask
        }
    }

    mutating func insert(_ key: UInt64, _ value: Int32) {
        let (slot, _) = slot(for: key, initial: value)
        values[slot] = value
    }

    @inline(__always)
    mutating func add(_ amount: Int32, atSlot slot: Int) { values[slot] += amount }

    func value(atSlot slot: Int) -> Int32 { values[slot] }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != 0 { insert(key, value) }
    }
}
