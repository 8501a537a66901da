// swift-tools-version:6.2
// A libFuzzer harness for the text pipeline, kept out of the main package so `swift build`
// and `swift test` never need the fuzzer runtime. Build and run from this folder:
//
//   swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
//   mkdir -p corpus && cp ../snapshots/stories/*/*.txt crashes/* corpus/
//   SWIFT_BACKTRACE=enable=no .build/release/claimdiff-fuzz -max_total_time=600 \
//     -max_len=8192 -artifact_prefix=crashes/ corpus/
//
// (SWIFT_BACKTRACE=enable=no lets libFuzzer, not the Swift runtime, catch a trap and save the
// input.) Every file in crashes/ is replayed by FuzzTests in the main package's `swift test`.
import PackageDescription

let package = Package(
  name: "claimdiff-fuzz",
  platforms: [.macOS(.v15)],
  targets: [
    .target(name: "ClaimDiffCore", path: "Sources/ClaimDiffCore"),
    .executableTarget(name: "claimdiff-fuzz", dependencies: ["ClaimDiffCore"]),
  ]
)
