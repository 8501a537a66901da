import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one run of a child process cost.
struct ChildRun {
  let status: Int32
  let seconds: Double
  /// Peak resident set size in kilobytes (Linux `ru_maxrss`; bytes / 1024 on macOS).
  let peakKilobytes: Int
  /// Processor time in user space and in the kernel, in seconds, of all the process's threads.
  let userSeconds: Double
  let systemSeconds: Double
}

/// Runs programs as child processes and measures them.
enum Child {
  /// Runs `path` with `arguments`, standard output and error to the given files, and waits.
  static func run(
    _ path: String, _ arguments: [String], stdout: String = "/dev/null",
    stderr: String = "/dev/null"
  ) throws -> ChildRun {
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t?
    #else
      var actions = posix_spawn_file_actions_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
    let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let clock = ContinuousClock()
    let started = clock.now
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
    guard spawned == 0 else {
      throw BenchError("cannot run \(path): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw BenchError("wait4 failed: errno \(errno)") }
    }
    let elapsed = clock.now - started
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    #if canImport(Darwin)
      let kilobytes = Int(usage.ru_maxrss) / 1024
    #else
      let kilobytes = Int(usage.ru_maxrss)
    #endif
    // Exited normally: the low 7 bits are 0 and the code is in the next byte.
    let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    func inSeconds(_ time: timeval) -> Double {
      Double(time.tv_sec) + Double(time.tv_usec) / 1e6
    }
    return ChildRun(
      status: code, seconds: seconds, peakKilobytes: kilobytes,
      userSeconds: inSeconds(usage.ru_utime), systemSeconds: inSeconds(usage.ru_stime))
  }
}
