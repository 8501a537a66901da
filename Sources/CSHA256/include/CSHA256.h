#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Runs the SHA-256 compression function over `blocks` 64-byte blocks of `data`, updating
/// `state` (the eight working words), with the processor's SHA instructions.
///
/// Returns 1 when it did; 0, leaving `state` as it was, on a processor without them, where
/// the caller compresses the blocks itself.
int claimdiff_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The 64 round constants of SHA-256 (FIPS 180-4, 4.2.2), for a caller that compresses
/// blocks itself.
const uint32_t *claimdiff_sha256_constants(void);

#endif
