// Background sync and report delivery with BGTaskScheduler: an app refresh
// task syncs content (about twice a day), a processing task that needs a
// network delivers the outbox (soon after a report is submitted, then as a
// safety net). Both run on the process's one Haven (HavenProcess): after a
// quick exit, or with an unlock code set, it is locked and they do nothing.
// The identifiers are declared in project.yml (BGTaskSchedulerPermittedIdentifiers).
import BackgroundTasks
import Foundation
import HavenCore

enum BackgroundWork {
    static let syncIdentifier = "org.haven.app.sync"
    static let outboxIdentifier = "org.haven.app.outbox"

    /// Registers the handlers. Must run before the app finishes launching (the App's init).
    static func register() {
        BGTaskScheduler.shared.register(forTaskWithIdentifier: syncIdentifier, using: nil) { task in
            scheduleSync()
            run(task) { haven, finish in
                guard haven.isUnlocked() else { return nil }
                return haven.startSync(followAll: false, listener: SyncDone(finish))
            }
        }
        BGTaskScheduler.shared.register(forTaskWithIdentifier: outboxIdentifier, using: nil) { task in
            run(task) { haven, finish in
                guard let items = try? haven.outbox().items,
                      items.contains(where: { $0.state == .queued || $0.state == .sending })
                else { return nil }
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

    static func scheduleSync() {
        let request = BGAppRefreshTaskRequest(identifier: syncIdentifier)
        request.earliestBeginDate = Date(timeIntervalSinceNow: 12 * 60 * 60)
        try? BGTaskScheduler.shared.submit(request)
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
