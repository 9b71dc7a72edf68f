// The calculator disguise, drawn from the core's CalculatorView: the
// display, then the keys row by row. Each key is one call returning the
// whole screen; VoiceOver reads the core's spoken labels ("times").
import HavenCore
import SwiftUI

struct CalculatorScreen: View {
    let view: CalculatorView
    let actions: Actions

    var body: some View {
        VStack(spacing: 8) {
            HStack {
                Text(view.title).font(.headline)
                Spacer()
                if view.memory { Text(view.memoryLabel).font(.caption) }
            }
            Text(view.display)
                .font(.system(size: 56, weight: .light, design: .rounded))
                .foregroundStyle(view.isError ? Color.red : Color.primary)
                .lineLimit(1)
                .minimumScaleFactor(0.4)
                .frame(maxWidth: .infinity, alignment: .trailing)
                .accessibilityAddTraits(.updatesFrequently)
            ForEach(Array(view.rows.enumerated()), id: \.offset) { _, row in
                HStack(spacing: 8) {
                    ForEach(Array(row.enumerated()), id: \.offset) { _, button in
                        Button { actions.press(button.key) } label: {
                            Text(button.label).font(.title2).frame(maxWidth: .infinity, minHeight: 56)
                        }
                        .buttonStyle(.bordered)
                        .tint(button.active ? .orange : .gray)
                        .accessibilityLabel(Text(button.accessibilityLabel))
                        .accessibilityAddTraits(button.active ? .isSelected : [])
                    }
                }
            }
        }
        .padding()
        // Calculators keep their key layout left to right in every language.
        .environment(\.layoutDirection, .leftToRight)
    }
}
