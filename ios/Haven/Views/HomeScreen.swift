// Home: urgent help first (emergency numbers one tap away), then the categories.
import HavenCore
import SwiftUI

struct HomeScreen: View {
    let shell: ShellStrings
    let view: HomeView
    let actions: Actions

    var body: some View {
        ScreenFrame(shell: shell, title: view.title, back: nil, actions: actions) {
            List {
                Section(view.urgentTitle) {
                    if let hint = view.urgentHint { Text(hint) }
                    ForEach(view.urgentHelplines, id: \.id) { HelplineCard(item: $0, actions: actions) }
                    ForEach(view.urgentArticles, id: \.id) { article in
                        Entry(title: article.title, details: [article.summary]) { actions.navigate(.article(id: article.id)) }
                    }
                }
                Section(view.categoriesTitle) {
                    ForEach(view.categories, id: \.label) { c in
                        Entry(title: c.label, details: [c.description, c.countLabel]) { actions.navigate(.articles(c.category)) }
                    }
                }
            }
        }
    }
}

/// A tappable row: a title and lines under it, read together by VoiceOver.
struct Entry: View {
    let title: String
    let details: [String]
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            VStack(alignment: .leading, spacing: 2) {
                Text(title).font(.body)
                ForEach(details, id: \.self) { Text($0).font(.subheadline).foregroundStyle(.secondary) }
            }
        }
        .accessibilityElement(children: .combine)
    }
}
