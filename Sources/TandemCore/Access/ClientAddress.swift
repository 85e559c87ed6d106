/// The address of the person's own machine, for limits kept per client
/// (sign-in attempts). Behind a reverse proxy or load balancer every request
/// comes from the proxy; the proxy says whom it is forwarding for in
/// `X-Forwarded-For`, which Tandem believes only from proxies it was told to
/// trust (`TANDEM_TRUSTED_PROXIES`), since anyone can send the header.
public enum ClientAddress {
    /// - Parameters:
    ///   - peer: the address the connection came from.
    ///   - forwardedFor: the `X-Forwarded-For` headers, in order.
    ///   - trusted: the proxies' addresses.
    /// - Returns: the nearest address in the chain that is not a trusted proxy.
    public static func resolve(peer: String?, forwardedFor: [String], trusted: Set<String>) -> String? {
        guard let peer, trusted.contains(peer) else { return peer }
        // Each proxy appends the address it received from; read from the nearest back.
        let chain = forwardedFor.flatMap { $0.split(separator: ",").map { String($0).trimmed } }.filter { !$0.isEmpty }
        for address in chain.reversed() where !trusted.contains(address) {
            return isAddress(address) ? address : peer
        }
        return peer
    }

    /// An IPv4 or IPv6 address as written (not a name, not a port).
    public static func isAddress(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 45 else { return false }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 4 {
            return parts.allSatisfy { part in
                part.count <= 3 && !part.isEmpty && part.allSatisfy(\.isASCIIDigit) && Int(part)! <= 255
            }
        }
        return text.contains(":") && text.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
