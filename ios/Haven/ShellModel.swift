// Holds the one Haven object and turns the user's actions into core calls:
// one call per screen, on a serial queue off the main thread, except
// `lock()`, which quick exit makes first and at once. The core decides;
// this only keeps which screen is showing.
import Foundation
import HavenCore

@MainActor
final class ShellModel: ObservableObject {
    @Published private(set) var state: UiState = .starting

    private let core = DispatchQueue(label: "org.haven.core", qos: .userInitiated)
    private var haven: Haven?
    private var lockEvents: TaskHandle?
    private var stack = BackStack()
    private var lastOutcome: UnlockOutcome?
    private var weatherPrompt = false
    private var searchGeneration = 0
    private var refused: Refused?
    private var delivery: TaskHandle?

    func start() {
        guard haven == nil else { return }
        core.async {
            let opened = try? HavenProcess.shared()
            Task { @MainActor in
                guard let opened else {
                    self.state = .failed
                    return
                }
                self.haven = opened
                // Locks that start elsewhere (auto-lock, the calculator's `=`) redraw the screen.
                self.lockEvents = opened.subscribeLockEvents(listener: LockBridge { [weak self] view in
                    Task { @MainActor in
                        if !view.locked { self?.weatherPrompt = false }
                        self?.render()
                    }
                })
                self.render()
            }
        }
    }

    /// Quick exit: locks at once, forgets where the user was; returns where to go, if anywhere.
    func quickExit() -> LockView? {
        guard let view = haven?.lock() else { return nil }
        stack.reset()
        lastOutcome = nil
        state = .starting
        return view
    }

    func navigate(_ screen: Screen) {
        refused = nil
        stack.push(screen)
        render()
    }

    func back() {
        refused = nil
        if stack.pop() { render() }
    }

    func unlock(_ code: String) {
        guard let haven else { return }
        core.async {
            let outcome = try? haven.unlock(code: code)
            Task { @MainActor in
                self.lastOutcome = outcome
                self.render()
            }
        }
    }

    func press(_ key: CalcKey) {
        guard let haven else { return }
        core.async {
            let view = haven.calculatorPress(key: key)
            Task { @MainActor in
                if view.unlocked { self.render() } else { self.state = .calculator(view) }
            }
        }
    }

    /// Text typed into the notes disguise: the core tries it only when it is a whole code.
    func noteChanged(_ text: String) {
        guard let haven else { return }
        core.async {
            guard haven.noteTyped(text: text) else { return }
            Task { @MainActor in self.render() }
        }
    }

    func weatherLongPress() {
        weatherPrompt = true
        render()
    }

    func search(_ query: String) {
        guard let haven else { return }
        searchGeneration += 1
        let generation = searchGeneration
        Task { @MainActor in
            // Typing pauses before a search: one core call per pause, not per key.
            try? await Task.sleep(nanoseconds: 250_000_000)
            guard generation == self.searchGeneration else { return }
            self.core.async {
                guard let shell = try? haven.shellStrings(), let view = try? haven.search(text: query) else { return }
                Task { @MainActor in
                    if generation == self.searchGeneration { self.state = .search(shell, query: query, view) }
                }
            }
        }
    }

    func saveSettings(_ settings: SafetySettings, disguiseId: String) {
        safetyChange({ try $0.setSafetySettings(settings: settings) }, then: { AppIcon.apply(disguiseId: disguiseId) })
    }

    func setUnlockCode(current: String?, new: String, protectKey: Bool) {
        safetyChange { try $0.setUnlockCode(current: current, new: new, protectKey: protectKey) }
    }

    func clearUnlockCode(current: String) {
        safetyChange({ try $0.clearUnlockCode(current: current) }, then: { AppIcon.apply(disguiseId: "haven") })
    }

    func setDuressCode(_ code: String?) {
        safetyChange { try $0.setDuressCode(code: code) }
    }

    func wipe() {
        safetyChange { try $0.wipe() }
    }

    /// The "Wi-Fi only" toggle. Saved in the core; the background tasks read
    /// it when they run (BGTaskScheduler has no network choice to update).
    func setBackgroundNetwork(_ choice: BackgroundNetwork) {
        safetyChange { try $0.setBackgroundNetwork(choice: choice) }
    }

    /// A new report to a helpline (or the draft already open for it).
    func newReport(helplineId: String) {
        guard let haven else { return }
        core.async {
            guard let view = try? haven.reportForm(helplineId: helplineId) else { return }
            Task { @MainActor in
                self.refused = nil
                self.stack.push(.report(draftId: view.draftId))
                self.render()
            }
        }
    }

    /// Saves what was typed on a step, then moves; a refused answer keeps the user on the step.
    func saveAnswers(draftId: String, answers: [String: Answer?], move: ReportMove) {
        guard let haven else { return }
        core.async {
            var refused: Refused?
            for (fieldId, answer) in answers where refused == nil {
                do {
                    _ = try haven.setAnswer(draftId: draftId, fieldId: fieldId, answer: answer)
                } catch HavenError.InvalidAnswer(let field, let text, _) {
                    refused = Refused(fieldId: field, text: text)
                } catch {
                    return
                }
            }
            if refused == nil, case .step(let step) = move {
                _ = try? haven.setReportStep(draftId: draftId, step: step)
            }
            Task { @MainActor in
                self.refused = refused
                if refused == nil, case .review = move { self.stack.push(.review(draftId: draftId)) }
                self.render()
            }
        }
    }

    /// From the review: back to the form at the step holding that answer.
    func editReport(draftId: String, step: UInt32) {
        guard let haven else { return }
        core.async {
            _ = try? haven.setReportStep(draftId: draftId, step: step)
            Task { @MainActor in
                self.stack.backTo(.report(draftId: draftId))
                self.render()
            }
        }
    }

    /// Seals and queues the report, asks for a background delivery, shows the outbox.
    func submitReport(draftId: String) {
        guard let haven else { return }
        core.async {
            guard (try? haven.submitReport(draftId: draftId)) != nil else { return }
            Task { @MainActor in
                BackgroundWork.scheduleOutbox(after: 0)
                self.stack.backTo(.outbox)
                self.render()
            }
        }
    }

    /// "Send now" on the outbox: delivers while the app is open, redrawing on every change.
    func sendNow() {
        guard let haven else { return }
        delivery?.cancel()
        let redraw = DeliveryBridge { [weak self] in Task { @MainActor in self?.render() } }
        delivery = haven.startDelivery(singleAttempt: false, listener: redraw)
    }

    func cancelReport(id: String) {
        reportChange { _ = try $0.cancelReport(id: id) }
    }

    func deleteReport(id: String) {
        reportChange { _ = try $0.deleteDraft(id: id) }
    }

    private func reportChange(_ change: @escaping (Haven) throws -> Void) {
        guard let haven else { return }
        core.async {
            try? change(haven)
            Task { @MainActor in self.render() }
        }
    }

    func backgrounded() {
        guard let haven else { return }
        core.async { _ = haven.appBackgrounded() }
    }

    /// The first frame after a return is drawn from the core's lock view, never from what was showing.
    func foregrounded() {
        guard let haven else { return }
        core.async {
            let view = haven.appForegrounded()
            Task { @MainActor in
                if view.locked { self.state = .starting }
                self.render(returning: true)
            }
        }
    }

    private func safetyChange(_ change: @escaping (Haven) throws -> Void, then: @escaping @MainActor () -> Void = {}) {
        guard let haven else { return }
        core.async {
            var succeeded = true
            do { try change(haven) } catch { succeeded = false }
            guard let shell = try? haven.shellStrings(), let view = try? haven.safetyView() else {
                Task { @MainActor in self.render() }
                return
            }
            // The core's reasons are for developers; the screen says saved or the generic error.
            let notice = succeeded ? view.saved : shell.errorGeneric
            Task { @MainActor in
                if succeeded { then() }
                self.state = .safety(shell, view, notice: notice)
            }
        }
    }

    /// Draws what the core says: the cover while locked, else the current screen.
    /// `returning`: the user came back, the one moment a Haven without a code reopens.
    private func render(returning: Bool = false) {
        guard let haven else { return }
        let screen = stack.current, outcome = lastOutcome, prompt = weatherPrompt, refused = refused
        core.async {
            let next = Self.compute(
                haven, screen: screen, outcome: outcome, weatherPrompt: prompt, refused: refused, returning: returning)
            Task { @MainActor in if let next { self.state = next } }
        }
    }

    nonisolated private static func compute(
        _ haven: Haven, screen: Screen, outcome: UnlockOutcome?, weatherPrompt: Bool, refused: Refused?, returning: Bool
    ) -> UiState? {
        let lock = haven.lockView()
        if lock.locked {
            switch lock.cover {
            case .nothing:
                guard returning, (try? haven.resume()) != nil else { return .starting }
            case .codePrompt:
                return .unlock(haven.unlockView(last: outcome))
            case .calculator:
                return .calculator(haven.calculator())
            case .notes:
                return .notes(haven.coverView())
            case .weather:
                return weatherPrompt ? .unlock(haven.unlockView(last: outcome)) : .weather(haven.coverView())
            }
        }
        do {
            let shell = try haven.shellStrings()
            switch screen {
            case .home: return .home(shell, try haven.home())
            case .articles(let category): return .articles(shell, try haven.articles(filter: ArticleFilter(category: category)))
            case .article(let id): return .article(shell, try haven.article(id: id))
            case .helplines(let region): return .helplines(shell, try haven.helplines(region: region))
            case .search: return .search(shell, query: "", try haven.search(text: ""))
            case .safety: return .safety(shell, try haven.safetyView(), notice: nil)
            case .outbox: return .outbox(shell, try haven.outbox())
            case .report(let id): return .report(shell, try haven.reportDraft(draftId: id), refused: refused)
            case .review(let id): return .review(shell, try haven.reportReview(draftId: id))
            }
        } catch {
            // Locked meanwhile: the lock event redraws. Other errors keep the screen as it was.
            return nil
        }
    }
}

/// The core's lock events, handed to a closure.
final class LockBridge: LockListener, @unchecked Sendable {
    private let onChange: (LockView) -> Void

    init(_ onChange: @escaping (LockView) -> Void) { self.onChange = onChange }

    func onLockChange(view: LockView) { onChange(view) }
}

/// Outbox delivery while the app is open: any change redraws.
final class DeliveryBridge: OutboxListener, @unchecked Sendable {
    private let changed: () -> Void

    init(_ changed: @escaping () -> Void) { self.changed = changed }

    func onChange(item: OutboxItem) { changed() }
    func onFinished(result: DeliveryResult) { changed() }
    func onFailed(error: HavenError) { changed() }
}
