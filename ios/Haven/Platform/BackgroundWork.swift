// Background sync and report delivery with BGTaskScheduler: an app refresh
// task syncs content (about twice a day), a processing task that needs a
// network delivers the outbox (soon after a report is submitted, then as a
// safety net). Both run on the process's one Haven (HavenProcess): after a
// quick exit, or with an unlock code set, it is locked and they do nothing.
// BGTaskScheduler cannot wait for Wi-Fi, so when the user keeps background
// work to Wi-Fi (the safety screen's toggle, kept in the core) a run that
// finds an expensive or constrained path skips and asks again later
// (NetworkPath.swift). The identifiers are declared in project.yml
// (BGTaskSchedulerPermittedIdentifiers).
import BackgroundTasks
import Foundation
import HavenCore

enum BackgroundWork {
    static let syncIdentifier = "org.haven.app.sync"
    static let outboxIdentifier = "org.haven.app.outbox"
    /// A run skipped for want of Wi-Fi asks again this much later.
    static let wifiRetrySeconds: TimeInterval = 60 * 60

    /// Registers the handlers. Must run before the app finishes launching (the App's init).
    static func register() {
        NetworkPath.shared.start()
        BGTaskScheduler.shared.register(forTaskWithIdentifier: syncIdentifier, using: nil) { task in
            scheduleSync()
            run(task) { haven, finish in
                guard haven.isUnlocked() else { return nil }
                guard mayUseNetwork(haven) else {
                    scheduleSync(after: wifiRetrySeconds)
                    return nil
                }
                return haven.startSync(followAll: false, listener: SyncDone(finish))
            }
        }
        BGTaskScheduler.shared.register(forTaskWithIdentifier: outboxIdentifier, using: nil) { task in
            run(task) { haven, finish in
                guard let items = try? haven.outbox().items,
                      items.contains(where: { $0.state == .queued || $0.state == .sending })
                else { return nil }
                guard mayUseNetwork(haven) else {
                    scheduleOutbox(after: wifiRetrySeconds)
                    return nil
                }
                // One attempt per report: the rest waits for the next run.
                return haven.startDelivery(singleAttempt: true, listener: DeliveryDone { waiting in
                    if waiting { scheduleOutbox(after: 15 * 60) }
                    finish(!waiting)
                })
            }
        }
    }

    /// When the app goes to the background: the next sync and an outbox check.
    static func scheduleAll() {
        scheduleSync()
        scheduleOutbox(after: 60 * 60)
    }

    /// The next sync, about twice a day (sooner after a run skipped for want of Wi-Fi).
    static func scheduleSync(after seconds: TimeInterval = 12 * 60 * 60) {
        let request = BGAppRefreshTaskRequest(identifier: syncIdentifier)
        request.earliestBeginDate = Date(timeIntervalSinceNow: seconds)
        try? BGTaskScheduler.shared.submit(request)
    }

    /// Whether a run may use the network the phone has now: always, unless
    /// the user keeps background work to Wi-Fi and the path costs them.
    /// A locked Haven (the choice out of reach) runs nothing anyway.
    static func mayUseNetwork(_ haven: Haven) -> Bool {
        (try? haven.backgroundRunAllowed(metered: NetworkPath.shared.isCostly())) ?? false
    }

    /// After a report is submitted (`after: 0`), or to try again later.
    static func scheduleOutbox(after seconds: TimeInterval) {
        let request = BGProcessingTaskRequest(identifier: outboxIdentifier)
        request.requiresNetworkConnectivity = true
        request.requiresExternalPower = false
        request.earliestBeginDate = seconds > 0 ? Date(timeIntervalSinceNow: seconds) : nil
        try? BGTaskScheduler.shared.submit(request)
    }

    /// Starts a job; the task completes once, when the job finishes or the
    /// system takes the time back (then the job's handle is cancelled).
    private static func run(_ task: BGTask, start: (Haven, @escaping (Bool) -> Void) -> TaskHandle?) {
        let once = Once(task)
        guard let haven = try? HavenProcess.shared() else { return once.complete(true) }
        let holder = HandleHolder()
        holder.handle = start(haven) { success in
            once.complete(success)
            holder.handle = nil
        }
        guard holder.handle != nil else { return once.complete(true) }
        task.expirationHandler = {
            holder.handle?.cancel()
            holder.handle = nil
            once.complete(false)
        }
    }
}

/// Completes a background task exactly once.
private final class Once: @unchecked Sendable {
    private let task: BGTask
    private let lock = NSLock()
    private var done = false

    init(_ task: BGTask) { self.task = task }

    func complete(_ success: Bool) {
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return }
        done = true
        task.setTaskCompleted(success: success)
    }
}

/// Keeps a job's handle alive while it runs: releasing it cancels the job.
private final class HandleHolder: @unchecked Sendable {
    var handle: TaskHandle?
}

private final class SyncDone: SyncListener, @unchecked Sendable {
    private let finish: (Bool) -> Void

    init(_ finish: @escaping (Bool) -> Void) { self.finish = finish }

    func onProgress(text: String) {}
    func onFinished(result: SyncResult) { finish(true) }
    func onFailed(error: HavenError, text: String) { finish(false) }
}

private final class DeliveryDone: OutboxListener, @unchecked Sendable {
    private let finish: (Bool) -> Void

    /// `finish(waiting)`: whether reports are still waiting.
    init(_ finish: @escaping (Bool) -> Void) { self.finish = finish }

    func onChange(item: OutboxItem) {}
    func onFinished(result: DeliveryResult) { finish(result.waiting > 0) }
    func onFailed(error: HavenError) { finish(true) }
}
