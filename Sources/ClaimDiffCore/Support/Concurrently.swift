import Foundation

/// Runs `background` on a thread of its own while `body` runs on the caller's, and returns
/// both results: independent halves of one job on two cores.
///
/// A thread of its own, not a task: the caller may be on Swift's cooperative pool, which
/// blocking work must not hold.
package func concurrently<A, B: Sendable>(
  _ background: @escaping @Sendable () -> B, _ body: () -> A
) -> (A, B) {
  let box = Box<B>()
  let done = DispatchSemaphore(value: 0)
  let thread = Thread {
    box.value = background()
    done.signal()
  }
  thread.stackSize = 8 << 20
  thread.start()
  let first = body()
  done.wait()
  guard let second = box.value else { preconditionFailure("the background work returned nothing") }
  return (first, second)
}

/// How many items ``concurrentlyJoined(_:_:)`` splits between two cores, at the least: fewer
/// are not worth a thread.
package let concurrentMinimum = 64

/// `transform` of every item, joined in order; with enough items, the two halves are
/// transformed on two cores.
package func concurrentlyJoined<Item: Sendable>(
  _ items: [Item], _ transform: @escaping @Sendable (Item) -> String
) -> String {
  guard items.count >= concurrentMinimum, ProcessInfo.processInfo.activeProcessorCount > 1 else {
    return items.map(transform).joined()
  }
  let half = items.count / 2
  let (head, tail) = concurrently({ items[half...].map(transform).joined() }) {
    items[..<half].map(transform).joined()
  }
  return head + tail
}

/// A value handed from one thread to another; the semaphore orders the accesses.
private final class Box<Value>: @unchecked Sendable {
  var value: Value?
}
