// Search: a private field, and results with the core's highlight ranges
// (code-point offsets) drawn bold.
import HavenCore
import SwiftUI

struct SearchScreen: View {
    let shell: ShellStrings
    let query: String
    let view: SearchView
    let actions: Actions
    @State private var text = ""

    var body: some View {
        ScreenFrame(shell: shell, title: view.title, back: actions.back, actions: actions) {
            PrivateField(label: view.placeholder, text: $text)
                .padding(.horizontal)
                .onAppear { text = query }
                .onChange(of: text) { actions.search($0) }
            ForEach([view.summary, view.emptyText, view.englishNotice].compactMap { $0 }, id: \.self) { Text($0) }
            List {
                if !view.articles.isEmpty {
                    Section(view.articlesLabel) {
                        ForEach(view.articles, id: \.id) { hit in
                            Hit(hit: hit) { actions.navigate(.article(id: hit.id)) }
                        }
                    }
                }
                if !view.helplines.isEmpty {
                    Section(view.helplinesLabel) {
                        ForEach(view.helplines, id: \.id) { hit in
                            Hit(hit: hit) { actions.navigate(.helplines(region: nil)) }
                        }
                    }
                }
            }
        }
    }
}

private struct Hit: View {
    let hit: SearchHit
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            VStack(alignment: .leading) {
                Text(highlighted(hit.title))
                Text(highlighted(hit.snippet)).font(.subheadline).foregroundStyle(.secondary)
            }
        }
        .accessibilityElement(children: .combine)
    }

    /// Ranges count Unicode scalars (code points), as the core does.
    private func highlighted(_ h: HighlightedText) -> AttributedString {
        var result = AttributedString(h.text)
        let scalars = Array(h.text.unicodeScalars)
        for range in h.highlights where Int(range.end) <= scalars.count && range.start < range.end {
            let prefix = String(String.UnicodeScalarView(scalars[0..<Int(range.start)]))
            let marked = String(String.UnicodeScalarView(scalars[Int(range.start)..<Int(range.end)]))
            let lower = result.index(result.startIndex, offsetByCharacters: prefix.count)
            let upper = result.index(lower, offsetByCharacters: marked.count)
            result[lower..<upper].inlinePresentationIntent = .stronglyEmphasized
        }
        return result
    }
}
