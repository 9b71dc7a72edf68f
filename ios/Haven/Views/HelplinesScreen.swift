// Helplines: status, cost and languages as the core words them, and each
// channel (call, text, chat) one tap away.
import HavenCore
import SwiftUI

struct HelplinesScreen: View {
    let shell: ShellStrings
    let view: HelplinesView
    let actions: Actions

    var body: some View {
        ScreenFrame(shell: shell, title: view.title, back: actions.back, actions: actions) {
            if view.items.isEmpty { Text(view.emptyText).padding() }
            List(view.items, id: \.id) { HelplineCard(item: $0, actions: actions) }
        }
    }
}

struct HelplineCard: View {
    let item: HelplineItem
    let actions: Actions

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(item.name).font(.headline).accessibilityAddTraits(.isHeader)
            if let emergency = item.emergencyLabel { Text(emergency).foregroundStyle(.red) }
            Text(item.description)
            Text(item.statusText).font(.subheadline)
            Text(item.costText).font(.subheadline)
            Text(item.languagesText).font(.subheadline)
            ForEach(item.channels, id: \.uri) { channel in
                Button("\(channel.label) \(channel.display)") { actions.openLink(channel.uri) }
                    .buttonStyle(.bordered)
                    .accessibilityLabel(Text("\(channel.label), \(channel.display)"))
                ForEach(channel.warnings, id: \.self) { Text($0).font(.footnote) }
            }
        }
        .environment(\.layoutDirection, item.locale.layoutDirection)
    }
}
