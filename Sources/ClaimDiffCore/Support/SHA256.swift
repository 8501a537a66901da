import CSHA256

/// SHA-256 (FIPS 180-4), for content hashes.
///
/// Foundation on Linux has no CryptoKit, and a hash of article text is not worth a
/// dependency; the tests check this against the standard test vectors. Blocks are compressed
/// with the processor's SHA instructions where it has them (about five times faster), else
/// here.
public enum SHA256 {
  /// The round constants, from the C side, which needs them too.
  private static var k: UnsafeBufferPointer<UInt32> {
    UnsafeBufferPointer(start: claimdiff_sha256_constants(), count: 64)
  }

  /// The digest of `bytes` as 64 lower-case hexadecimal digits.
  public static func hex<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
    let digits: StaticString = "0123456789abcdef"
    var text = [UInt8](repeating: 0, count: 64)
    for (index, byte) in digest(bytes).enumerated() {
      text[2 * index] = digits.utf8Start[Int(byte >> 4)]
      text[2 * index + 1] = digits.utf8Start[Int(byte & 0x0F)]
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The 32-byte digest of `bytes`.
  ///
  /// - Parameter accelerated: Whether the processor's SHA instructions may be used; the
  ///   tests compare both ways.
  public static func digest<Bytes: Collection<UInt8>>(_ bytes: Bytes, accelerated: Bool = true)
    -> [UInt8]
  {
    var message = Array(bytes)
    let bitLength = UInt64(message.count) * 8
    message.append(0x80)
    message.append(contentsOf: repeatElement(0, count: (120 - message.count % 64) % 64))
    for shift in stride(from: 56, through: 0, by: -8) {
      message.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    var state: [UInt32] = [
      0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
      0x5be0_cd19,
    ]
    let compressed =
      accelerated
      && message.withUnsafeBufferPointer { message in
        claimdiff_sha256_blocks(&state, message.baseAddress, message.count / 64) == 1
      }
    if !compressed { compress(message, into: &state) }
    var result = [UInt8](repeating: 0, count: 32)
    for (index, word) in state.enumerated() {
      for byte in 0..<4 {
        result[4 * index + byte] = UInt8(truncatingIfNeeded: word >> (24 - 8 * byte))
      }
    }
    return result
  }

  /// Runs the compression function over the padded `message`, 64 bytes at a time.
  private static func compress(_ message: [UInt8], into state: inout [UInt32]) {
    var h = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
    let k = self.k
    message.withUnsafeBufferPointer { message in
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
        for chunk in stride(from: 0, to: message.count, by: 64) {
          for t in 0..<16 {
            let offset = chunk + t * 4
            w[t] =
              UInt32(message[offset]) << 24 | UInt32(message[offset + 1]) << 16
              | UInt32(message[offset + 2]) << 8 | UInt32(message[offset + 3])
          }
          for t in 16..<64 {
            let s0 = rotate(w[t - 15], 7) ^ rotate(w[t - 15], 18) ^ (w[t - 15] >> 3)
            let s1 = rotate(w[t - 2], 17) ^ rotate(w[t - 2], 19) ^ (w[t - 2] >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
          }
          var (a, b, c, d, e, f, g, hh) = h
          for t in 0..<64 {
            let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
            let choice = (e & f) ^ (~e & g)
            let temp1 = hh &+ s1 &+ choice &+ k[t] &+ w[t]
            let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let temp2 = s0 &+ majority
            (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ temp2)
          }
          h = (
            h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh
          )
        }
      }
    }
    state = [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7]
  }

  @inline(__always)
  private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    value >> count | value << (32 - count)
  }
}
