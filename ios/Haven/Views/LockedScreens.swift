// What shows while Haven is locked: the code prompt, the blank note and the
// forecast card. The note and the card look like nothing but themselves.
import HavenCore
import SwiftUI

struct UnlockScreen: View {
    let view: UnlockView
    let actions: Actions
    @State private var code = ""

    var body: some View {
        VStack(alignment: .leading, spacing: 16) {
            Text(view.title).font(.title2).accessibilityAddTraits(.isHeader)
            CodeField(label: view.codeLabel, code: $code, maxDigits: Int(view.maxDigits))
            if let message = view.message {
                Text(message).foregroundStyle(.red).accessibilityAddTraits(.updatesFrequently)
            }
            Button(view.submit) {
                actions.unlock(code)
                code = ""
            }
            .buttonStyle(.borderedProminent)
            .disabled(code.count < Int(view.minDigits))
            ExitButton(label: view.quickExit, hint: view.quickExit, action: actions.quickExit)
            Spacer()
        }
        .padding(24)
        .environment(\.layoutDirection, view.locale.layoutDirection)
    }
}

struct NotesCover: View {
    let cover: CoverView
    let actions: Actions
    @State private var text = ""

    var body: some View {
        VStack(alignment: .leading) {
            Text(cover.notesTitle).font(.largeTitle).bold().accessibilityAddTraits(.isHeader)
            PrivateField(label: cover.notesPlaceholder, text: $text)
                .onChange(of: text) { typed in
                    actions.noteChanged(typed)
                }
            Spacer()
        }
        .padding()
        .environment(\.layoutDirection, cover.locale.layoutDirection)
    }
}

struct WeatherCover: View {
    let cover: CoverView
    let actions: Actions

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(cover.weatherTitle).font(.largeTitle).bold()
            Text(cover.weatherText).font(.body)
        }
        .frame(maxWidth: .infinity, alignment: .leading)
        .padding(24)
        .background(RoundedRectangle(cornerRadius: 16).fill(Color.blue.opacity(0.12)))
        .padding()
        .onLongPressGesture { actions.weatherLongPress() }
        .frame(maxHeight: .infinity, alignment: .top)
        .environment(\.layoutDirection, cover.locale.layoutDirection)
    }
}
