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
    hex(bytes, digits: 64)
  }

  /// The first `count` lower-case hexadecimal digits of the digest of `bytes`, at most 64.
  ///
  /// Fifteen digits or fewer make a string that holds its bytes itself, with no storage to
  /// allocate.
  public static func hex<Bytes: Collection<UInt8>>(_ bytes: Bytes, digits count: Int) -> String {
    let digits: StaticString = "0123456789abcdef"
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { digest in
      compute(bytes, into: digest, accelerated: true)
      return String(unsafeUninitializedCapacity: min(count, 64)) { text in
        for index in text.indices {
          let byte = digest[index / 2]
          text[index] = digits.utf8Start[Int(index % 2 == 0 ? byte >> 4 : byte & 0x0F)]
        }
        return text.count
      }
    }
  }

  /// The 32-byte digest of `bytes`.
  ///
  /// - Parameter accelerated: Whether the processor's SHA instructions may be used; the
  ///   tests compare both ways.
  public static func digest<Bytes: Collection<UInt8>>(_ bytes: Bytes, accelerated: Bool = true)
    -> [UInt8]
  {
    [UInt8](unsafeUninitializedCapacity: 32) { digest, count in
      compute(bytes, into: digest, accelerated: accelerated)
      count = 32
    }
  }

  /// Writes the digest of `bytes` into the 32 bytes of `digest`.
  ///
  /// The whole blocks are read where the bytes are, when they are contiguous; only the last
  /// one or two blocks, with the padding, are copied.
  private static func compute<Bytes: Collection<UInt8>>(
    _ bytes: Bytes, into digest: UnsafeMutableBufferPointer<UInt8>, accelerated: Bool
  ) {
    let found: Void? = bytes.withContiguousStorageIfAvailable { message in
      compute(message, into: digest, accelerated: accelerated)
    }
    if found == nil {
      Array(bytes).withUnsafeBufferPointer { compute($0, into: digest, accelerated: accelerated) }
    }
  }

  private static func compute(
    _ message: UnsafeBufferPointer<UInt8>, into digest: UnsafeMutableBufferPointer<UInt8>,
    accelerated: Bool
  ) {
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8) { state in
      (state[0], state[1], state[2], state[3]) = (
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a
      )
      (state[4], state[5], state[6], state[7]) = (
        0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
      )
      let whole = message.count / 64
      compress(UnsafeBufferPointer(rebasing: message[..<(whole * 64)]), state, accelerated)
      // The rest of the message, the 0x80 mark, zeros and the length in bits: one block or two.
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
        let rest = message.count - whole * 64
        let length = rest + 9 <= 64 ? 64 : 128
        tail.initialize(repeating: 0)
        for offset in 0..<rest { tail[offset] = message[whole * 64 + offset] }
        tail[rest] = 0x80
        let bits = UInt64(message.count) &* 8
        for index in 0..<8 {
          tail[length - 1 - index] = UInt8(truncatingIfNeeded: bits >> UInt64(8 * index))
        }
        compress(UnsafeBufferPointer(rebasing: tail[..<length]), state, accelerated)
      }
      for index in 0..<8 {
        for byte in 0..<4 {
          digest[4 * index + byte] = UInt8(truncatingIfNeeded: state[index] >> (24 - 8 * byte))
        }
      }
    }
  }

  /// Compresses whole blocks into `state`, with the processor's instructions if allowed and
  /// present.
  private static func compress(
    _ blocks: UnsafeBufferPointer<UInt8>, _ state: UnsafeMutableBufferPointer<UInt32>,
    _ accelerated: Bool
  ) {
    guard let base = blocks.baseAddress, blocks.count >= 64, let words = state.baseAddress else {
      return
    }
    if accelerated && claimdiff_sha256_blocks(words, base, blocks.count / 64) == 1 { return }
    compress(blocks, into: state)
  }

  private static func compress(
    _ message: UnsafeBufferPointer<UInt8>, into state: UnsafeMutableBufferPointer<UInt32>
  ) {
    var h = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
    let k = self.k
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
        h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh)
      }
    }
    (state[0], state[1], state[2], state[3]) = (h.0, h.1, h.2, h.3)
    (state[4], state[5], state[6], state[7]) = (h.4, h.5, h.6, h.7)
  }

  @inline(__always)
  private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    value >> count | value << (32 - count)
  }
}
