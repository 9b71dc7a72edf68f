// The phone's current network path, as Network.framework reports it, for
// the "Wi-Fi only" choice: BGTaskScheduler cannot wait for Wi-Fi the way
// WorkManager can, so each background run looks before it starts.
import Foundation
import Network

final class NetworkPath: @unchecked Sendable {
    static let shared = NetworkPath()

    private let monitor = NWPathMonitor()
    private let queue = DispatchQueue(label: "org.haven.app.network-path")
    private let lock = NSLock()
    private var latest: NWPath?
    private var started = false
    /// Left once the first path arrives; every waiter wakes then.
    private let firstPath = DispatchGroup()

    private init() {
        firstPath.enter()
    }

    /// Starts watching, once per process (with the background handlers, so a
    /// task that wakes the app finds the path known, or soon known).
    func start() {
        lock.lock()
        defer { lock.unlock() }
        guard !started else { return }
        started = true
        monitor.pathUpdateHandler = { [weak self] path in self?.update(path) }
        monitor.start(queue: queue)
    }

    /// Whether the path costs the user: expensive (cellular, a personal
    /// hotspot) or constrained (Low Data Mode), or no network at all. With
    /// no answer within `wait` seconds it counts as costly, so Wi-Fi only
    /// holds. Blocks: call from a background queue (task handlers are).
    func isCostly(wait: TimeInterval = 2) -> Bool {
        _ = firstPath.wait(timeout: .now() + wait)
        lock.lock()
        let path = latest
        lock.unlock()
        guard let path, path.status == .satisfied else { return true }
        return path.isExpensive || path.isConstrained
    }

    private func update(_ path: NWPath) {
        lock.lock()
        let first = latest == nil
        latest = path
        lock.unlock()
        if first { firstPath.leave() }
    }
}
