// The article list and one article, drawn block by block from the core's
// structured body (no HTML, no web view).
import HavenCore
import SwiftUI

struct ArticlesScreen: View {
    let shell: ShellStrings
    let view: ArticleListView
    let actions: Actions

    var body: some View {
        ScreenFrame(shell: shell, title: view.title, back: actions.back, actions: actions) {
            if view.items.isEmpty { Text(view.emptyText).padding() }
            List(view.items, id: \.id) { a in
                Entry(title: a.title, details: [a.summary]) { actions.navigate(.article(id: a.id)) }
            }
        }
    }
}

struct ArticleScreen: View {
    let shell: ShellStrings
    let view: ArticleView
    let actions: Actions

    var body: some View {
        ScreenFrame(shell: shell, title: view.categoryLabel, back: actions.back, actions: actions) {
            ScrollView {
                VStack(alignment: .leading, spacing: 8) {
                    Text(view.title).font(.title).accessibilityAddTraits(.isHeader)
                    ForEach([view.reviewNotice, view.fallbackNotice].compactMap { $0 }, id: \.self) { Text($0).font(.footnote) }
                    Text(view.summary).font(.headline)
                    ForEach(Array(view.blocks.enumerated()), id: \.offset) { BlockView(block: $0.element) }
                }
                .padding()
            }
            // The body is in the content's language, which may run the other way from the UI.
            .environment(\.layoutDirection, view.contentLocale.layoutDirection)
        }
    }
}

struct BlockView: View {
    let block: Block

    var body: some View {
        switch block {
        case .heading(let level, let spans):
            Text(text(spans)).font(level <= 2 ? .title2 : .title3).accessibilityAddTraits(.isHeader)
        case .paragraph(let spans):
            Text(text(spans))
        case .itemList(let ordered, let start, let items):
            VStack(alignment: .leading, spacing: 4) {
                ForEach(Array(items.enumerated()), id: \.offset) { index, item in
                    HStack(alignment: .top) {
                        // Digits and a bullet read the same in every language.
                        Text(ordered ? "\(start + UInt64(index))." : "•")
                        VStack(alignment: .leading) {
                            ForEach(Array(item.enumerated()), id: \.offset) { BlockView(block: $0.element) }
                        }
                    }
                }
            }
        case .quote(let blocks):
            VStack(alignment: .leading) {
                ForEach(Array(blocks.enumerated()), id: \.offset) { BlockView(block: $0.element) }
            }
            .padding(.leading, 16)
        case .rule:
            Divider()
        }
    }

    private func text(_ spans: [Span]) -> AttributedString {
        spans.reduce(into: AttributedString()) { result, span in
            var part = AttributedString(span.text)
            if span.strong { part.inlinePresentationIntent = .stronglyEmphasized }
            if span.emphasis { part.inlinePresentationIntent = (part.inlinePresentationIntent ?? []).union(.emphasized) }
            if span.code { part.inlinePresentationIntent = (part.inlinePresentationIntent ?? []).union(.code) }
            if span.link != nil { part.underlineStyle = .single }
            result += part
        }
    }
}
