// swift-tools-version:6.2
import PackageDescription

let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
  name: "claimdiff",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "claimdiff", targets: ["claimdiff"]),
    .library(name: "ClaimDiffCore", targets: ["ClaimDiffCore"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    .target(name: "ClaimDiffCore", dependencies: ["CSHA256"], swiftSettings: strict),
    // SHA-256 with the processor's SHA instructions, where it has them: intrinsics are C.
    .target(name: "CSHA256"),
    // SQLite's process-wide configuration, through C: `sqlite3_config` is variadic.
    .target(name: "CSQLiteSetup", linkerSettings: [.linkedLibrary("sqlite3")]),
    .target(
      name: "ClaimDiffStore",
      dependencies: [
        "ClaimDiffCore", "CSQLiteSetup", .product(name: "GRDB", package: "GRDB.swift"),
        // The system SQLite GRDB links, for binding the claim insert through its C API.
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ],
      swiftSettings: strict),
    .target(name: "ClaimDiffReport", dependencies: ["ClaimDiffCore"], swiftSettings: strict),
    .target(
      name: "ClaimDiffCLI",
      dependencies: [
        "ClaimDiffCore", "ClaimDiffStore", "ClaimDiffReport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strict,
      plugins: ["EmbedStories"]),
    // On Linux the binary allocates with jemalloc instead of the C library's allocator. Its
    // allocations are many, small and short-lived, and a bulk import frees many of them on
    // another thread than the one that made them: jemalloc took 8% off the CPU time of the
    // bench's import.
    .executableTarget(
      name: "claimdiff", dependencies: ["ClaimDiffCLI"], swiftSettings: strict,
      linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]),
    .executableTarget(name: "embed-stories", swiftSettings: strict),
    // Measures the claimdiff binary as a child process; links none of claimdiff's modules.
    .executableTarget(
      name: "claimdiff-bench", dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: strict),
    .plugin(name: "EmbedStories", capability: .buildTool(), dependencies: ["embed-stories"]),
    .target(name: "ClaimDiffTestSupport", path: "Tests/Support", swiftSettings: strict),
    .testTarget(
      name: "ClaimDiffCoreTests", dependencies: ["ClaimDiffCore", "ClaimDiffTestSupport"],
      swiftSettings: strict),
    .testTarget(
      name: "ClaimDiffStoreTests", dependencies: ["ClaimDiffStore", "ClaimDiffTestSupport"],
      swiftSettings: strict),
    .testTarget(
      name: "ClaimDiffCLITests",
      dependencies: [
        "ClaimDiffCLI", "ClaimDiffReport", "ClaimDiffStore", "ClaimDiffTestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: strict),
  ]
)
