// The app: one window drawing the model's state, a privacy cover whenever
// the app is not active (so the app switcher's snapshot shows nothing),
// lifecycle reports to the core for auto-lock, and the background tasks
// (sync, outbox) registered at launch and scheduled on leaving.
import HavenCore
import SwiftUI
import UIKit

@main
struct HavenApp: App {
    @StateObject private var model = ShellModel()
    @Environment(\.scenePhase) private var scenePhase

    init() {
        BackgroundWork.register()
    }

    var body: some Scene {
        WindowGroup {
            RootView(state: model.state, actions: Actions(model: model))
                .overlay { if scenePhase != .active { PrivacyCover() } }
                .onAppear { model.start() }
                .onChange(of: scenePhase) { phase in
                    switch phase {
                    case .background:
                        model.backgrounded()
                        BackgroundWork.scheduleAll()
                    case .active: model.foregrounded()
                    default: break
                    }
                }
        }
    }
}

/// What the screens can ask for: model calls and the platform's effects.
@MainActor
struct Actions {
    let model: ShellModel

    /// Quick exit: lock first, then the cover (iOS cannot leave the app
    /// switcher; the privacy cover hides Haven there), then the neutral page.
    func quickExit() {
        let view = model.quickExit()
        if let page = view?.exitPage, page.hasPrefix("https://") { Links.open(page) }
    }

    func navigate(_ screen: Screen) { model.navigate(screen) }
    func back() { model.back() }
    func openLink(_ uri: String) { Links.open(uri) }
    func search(_ query: String) { model.search(query) }
    func unlock(_ code: String) { model.unlock(code) }
    func press(_ key: CalcKey) { model.press(key) }
    func noteChanged(_ text: String) { model.noteChanged(text) }
    func weatherLongPress() { model.weatherLongPress() }
    func saveSettings(_ settings: SafetySettings, disguiseId: String) { model.saveSettings(settings, disguiseId: disguiseId) }
    func setUnlockCode(current: String?, new: String, protectKey: Bool) {
        model.setUnlockCode(current: current, new: new, protectKey: protectKey)
    }
    func clearUnlockCode(current: String) { model.clearUnlockCode(current: current) }
    func setDuressCode(_ code: String?) { model.setDuressCode(code) }
    func wipe() { model.wipe() }
    func setBackgroundNetwork(_ choice: BackgroundNetwork) { model.setBackgroundNetwork(choice) }
    func newReport(helplineId: String) { model.newReport(helplineId: helplineId) }
    func saveAnswers(draftId: String, answers: [String: Answer?], move: ReportMove) {
        model.saveAnswers(draftId: draftId, answers: answers, move: move)
    }
    func editReport(draftId: String, step: UInt32) { model.editReport(draftId: draftId, step: step) }
    func submitReport(draftId: String) { model.submitReport(draftId: draftId) }
    func sendNow() { model.sendNow() }
    func cancelReport(id: String) { model.cancelReport(id: id) }
    func deleteReport(id: String) { model.deleteReport(id: id) }
}

/// Chooses the view for the state; nothing else.
struct RootView: View {
    let state: UiState
    let actions: Actions

    var body: some View {
        switch state {
        case .starting, .failed: PrivacyCover()
        case .unlock(let view): UnlockScreen(view: view, actions: actions)
        case .calculator(let view): CalculatorScreen(view: view, actions: actions)
        case .notes(let cover): NotesCover(cover: cover, actions: actions)
        case .weather(let cover): WeatherCover(cover: cover, actions: actions)
        case .home(let shell, let view): HomeScreen(shell: shell, view: view, actions: actions)
        case .articles(let shell, let view): ArticlesScreen(shell: shell, view: view, actions: actions)
        case .article(let shell, let view): ArticleScreen(shell: shell, view: view, actions: actions)
        case .helplines(let shell, let view): HelplinesScreen(shell: shell, view: view, actions: actions)
        case .search(let shell, let query, let view): SearchScreen(shell: shell, query: query, view: view, actions: actions)
        case .safety(let shell, let view, let notice): SafetyScreen(shell: shell, view: view, notice: notice, actions: actions)
        case .outbox(let shell, let view): OutboxScreen(shell: shell, view: view, actions: actions)
        case .report(let shell, let view, let refused): ReportFormScreen(shell: shell, view: view, refused: refused, actions: actions)
        case .review(let shell, let view): ReviewScreen(shell: shell, view: view, actions: actions)
        }
    }
}
