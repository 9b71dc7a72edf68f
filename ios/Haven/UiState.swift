// What the screen shows: one view model from the core per state, and the
// back stack between the open screens. The views draw these and nothing else.
import HavenCore

enum Screen: Equatable {
    case home
    case articles(Category?)
    case article(id: String)
    case helplines(region: String?)
    case search
    case safety
    /// Drafts and sent reports, and the helplines that take reports.
    case outbox
    case report(draftId: String)
    case review(draftId: String)
}

/// Where a report form goes after its answers are saved.
enum ReportMove {
    case step(UInt32)
    case review
}

/// The question whose answer the core refused, and why (the core's text).
struct Refused {
    let fieldId: String
    let text: String
}

/// A back stack that never empties: Home is always at the bottom.
struct BackStack {
    private(set) var screens: [Screen] = [.home]

    var current: Screen { screens.last ?? .home }

    mutating func push(_ screen: Screen) {
        if screen == .home {
            screens = [.home]
        } else if current != screen {
            screens.append(screen)
        }
    }

    /// `false` at Home.
    mutating func pop() -> Bool {
        guard screens.count > 1 else { return false }
        screens.removeLast()
        return true
    }

    /// Back to `screen` if it is on the stack (dropping what is above it), else to it as a new screen.
    mutating func backTo(_ screen: Screen) {
        if let index = screens.lastIndex(of: screen) {
            screens.removeSubrange((index + 1)...)
        } else {
            push(screen)
        }
    }

    /// After a lock nothing behind the cover may be shown again.
    mutating func reset() { screens = [.home] }
}

enum UiState {
    /// Opening, or just locked with nothing to show: blank, never a stale screen.
    case starting
    /// Haven could not open; no strings exist without it, so the screen stays blank.
    case failed
    case unlock(UnlockView)
    case calculator(CalculatorView)
    case notes(CoverView)
    case weather(CoverView)
    case home(ShellStrings, HomeView)
    case articles(ShellStrings, ArticleListView)
    case article(ShellStrings, ArticleView)
    case helplines(ShellStrings, HelplinesView)
    case search(ShellStrings, query: String, SearchView)
    case safety(ShellStrings, SafetyView, notice: String?)
    case outbox(ShellStrings, OutboxView)
    case report(ShellStrings, ReportFormView, refused: Refused?)
    case review(ShellStrings, ReportReviewView)
}
