// What every open screen shares: layout direction from the view model, a
// title bar with back and the exit control (always in the same place), and
// the navigation row. Every label comes from the core's ShellStrings.
import HavenCore
import SwiftUI

extension UsedLocale {
    var layoutDirection: LayoutDirection { direction == .rtl ? .rightToLeft : .leftToRight }
}

/// Haven's cover whenever it must not be seen: opening, just locked, in the app switcher. Plain, no text.
struct PrivacyCover: View {
    var body: some View {
        Color(uiColor: .systemBackground).ignoresSafeArea().accessibilityHidden(true)
    }
}

/// The exit control: one tap locks Haven and leaves. VoiceOver reads its label and hint.
struct ExitButton: View {
    let label: String
    let hint: String
    let action: () -> Void

    var body: some View {
        Button(label, action: action)
            .buttonStyle(.borderedProminent)
            .tint(.red)
            .accessibilityHint(Text(hint))
    }
}

/// The frame of every open screen; `back` is nil on Home.
struct ScreenFrame<Content: View>: View {
    let shell: ShellStrings
    let title: String
    let back: (() -> Void)?
    let actions: Actions
    @ViewBuilder let content: () -> Content

    var body: some View {
        VStack(spacing: 0) {
            HStack {
                if let back { Button(shell.back, action: back) }
                Text(title).font(.title2).bold().accessibilityAddTraits(.isHeader)
                Spacer()
                ExitButton(label: shell.quickExit, hint: shell.quickExitHint, action: actions.quickExit)
            }
            .padding()
            content().frame(maxWidth: .infinity, maxHeight: .infinity, alignment: .top)
            HStack {
                navigation(shell.home, .home)
                navigation(shell.browse, .articles(nil))
                navigation(shell.helplines, .helplines(region: nil))
                navigation(shell.search, .search)
                navigation(shell.report, .outbox)
                navigation(shell.safety, .safety)
            }
            .padding(.vertical, 8)
        }
        .environment(\.layoutDirection, shell.locale.layoutDirection)
    }

    private func navigation(_ label: String, _ screen: Screen) -> some View {
        Button(label) { actions.navigate(screen) }.font(.footnote).frame(maxWidth: .infinity)
    }
}

/// Private text: no autocorrection or capitals, kept out of screenshots' reach by the privacy cover.
struct PrivateField: View {
    let label: String
    @Binding var text: String
    var secure = false
    var digits = false

    var body: some View {
        Group {
            if secure {
                SecureField(label, text: $text)
            } else {
                TextField(label, text: $text, axis: .vertical)
            }
        }
        .textFieldStyle(.roundedBorder)
        .autocorrectionDisabled(true)
        .textInputAutocapitalization(.never)
        .keyboardType(digits ? .numberPad : .default)
        .privacySensitive()
        .accessibilityLabel(Text(label))
    }
}

/// A digits-only hidden code field, at most `maxDigits` long.
struct CodeField: View {
    let label: String
    @Binding var code: String
    let maxDigits: Int

    var body: some View {
        PrivateField(label: label, text: $code, secure: true, digits: true)
            .onChange(of: code) { typed in
                let digits = String(typed.filter { $0.isASCII && $0.isNumber }.prefix(maxDigits))
                if digits != typed { code = digits }
            }
    }
}

struct SectionTitle: View {
    let text: String

    var body: some View {
        Text(text).font(.headline).padding(.top, 12).accessibilityAddTraits(.isHeader)
    }
}
