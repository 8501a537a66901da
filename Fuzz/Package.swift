// swift-tools-version:6.2
// A libFuzzer harness for the text pipeline, kept out of the main package so `swift build`
// and `swift test` never need the fuzzer runtime. Build and run from this folder:
//
//   swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
//   .build/release/claimdiff-fuzz -max_total_time=600 -max_len=4096 corpus/
import PackageDescription

let package = Package(
  name: "claimdiff-fuzz",
  platforms: [.macOS(.v15)],
  targets: [
    .target(name: "ClaimDiffCore", path: "Sources/ClaimDiffCore"),
    .executableTarget(name: "claimdiff-fuzz", dependencies: ["ClaimDiffCore"]),
  ]
)
