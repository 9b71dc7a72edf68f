// Safety settings: codes, disguise, auto-lock, wipe after wrong codes, the
// exit page, background work on Wi-Fi only, and the panic wipe. Choices and
// labels come from the core's SafetyView; the core checks every change and
// refuses what cannot work.
import HavenCore
import SwiftUI

private let maxDigits = 12

struct SafetyScreen: View {
    let shell: ShellStrings
    let view: SafetyView
    let notice: String?
    let actions: Actions

    var body: some View {
        ScreenFrame(shell: shell, title: view.title, back: actions.back, actions: actions) {
            Form {
                if let notice { Text(notice).accessibilityAddTraits(.updatesFrequently) }
                UnlockCodeSection(view: view, actions: actions)
                DuressCodeSection(view: view, actions: actions)
                ChoicesSection(view: view, actions: actions)
                BackgroundNetworkSection(setting: view.backgroundNetwork, actions: actions)
                WipeSection(view: view, cancel: shell.back, actions: actions)
            }
        }
    }
}

private struct UnlockCodeSection: View {
    let view: SafetyView
    let actions: Actions
    @State private var current = ""
    @State private var new = ""
    @State private var confirm = ""
    @State private var protect = false
    @State private var mismatch = false

    var body: some View {
        Section {
            if view.unlockCode.isSet { CodeField(label: view.currentCodeLabel, code: $current, maxDigits: maxDigits) }
            CodeField(label: view.unlockCode.label, code: $new, maxDigits: maxDigits)
            CodeField(label: view.confirmCodeLabel, code: $confirm, maxDigits: maxDigits)
            Toggle(view.protectKeyLabel, isOn: $protect)
            if mismatch { Text(view.codeMismatch).foregroundStyle(.red) }
            Button(view.save) {
                mismatch = new != confirm
                if !mismatch { actions.setUnlockCode(current: current.isEmpty ? nil : current, new: new, protectKey: protect) }
                (current, new, confirm) = ("", "", "")
            }
            if view.unlockCode.isSet {
                Button(view.remove, role: .destructive) {
                    actions.clearUnlockCode(current: current)
                    current = ""
                }
            }
        } header: {
            Text(view.unlockCode.label)
        } footer: {
            Text(view.unlockCode.hint)
        }
        .onAppear { protect = view.protectKey }
    }
}

private struct DuressCodeSection: View {
    let view: SafetyView
    let actions: Actions
    @State private var code = ""
    @State private var confirm = ""
    @State private var mismatch = false

    var body: some View {
        Section {
            CodeField(label: view.duressCode.label, code: $code, maxDigits: maxDigits)
            CodeField(label: view.confirmCodeLabel, code: $confirm, maxDigits: maxDigits)
            if mismatch { Text(view.codeMismatch).foregroundStyle(.red) }
            Button(view.save) {
                mismatch = code != confirm
                if !mismatch { actions.setDuressCode(code) }
                (code, confirm) = ("", "")
            }
            if view.duressCode.isSet { Button(view.remove, role: .destructive) { actions.setDuressCode(nil) } }
        } header: {
            Text(view.duressCode.label)
        } footer: {
            Text(view.duressCode.hint)
        }
    }
}

/// Disguise, auto-lock, wipe-after and the exit page: the core's choices, saved together.
private struct ChoicesSection: View {
    let view: SafetyView
    let actions: Actions
    @State private var disguise = 0
    @State private var autoLock = 0
    @State private var wipeAfter = 0
    @State private var exitPage = ""

    var body: some View {
        Section {
            Picker(view.disguiseLabel, selection: $disguise) {
                ForEach(Array(view.disguises.enumerated()), id: \.offset) { i, d in
                    Text(d.label).tag(i).disabled(!d.enabled)
                }
            }
            Text(view.disguiseHint).font(.footnote)
            Picker(view.autoLockLabel, selection: $autoLock) {
                ForEach(Array(view.autoLock.enumerated()), id: \.offset) { i, a in Text(a.label).tag(i) }
            }
            Picker(view.wipeAfterLabel, selection: $wipeAfter) {
                ForEach(Array(view.wipeAfter.enumerated()), id: \.offset) { i, w in Text(w.label).tag(i).disabled(!w.enabled) }
            }
            PrivateField(label: view.exitPageLabel, text: $exitPage)
            Button(view.save) {
                let chosen = view.disguises[disguise]
                let settings = SafetySettings(
                    disguise: chosen.disguise,
                    autoLockAfterSecs: view.autoLock[autoLock].afterSecs,
                    wipeAfterFailures: view.wipeAfter[wipeAfter].failures,
                    exitPage: exitPage.trimmingCharacters(in: .whitespaces).isEmpty ? nil : exitPage.trimmingCharacters(in: .whitespaces))
                actions.saveSettings(settings, disguiseId: chosen.id)
            }
        }
        .onAppear {
            disguise = view.disguises.firstIndex { $0.selected } ?? 0
            autoLock = view.autoLock.firstIndex { $0.selected } ?? 0
            wipeAfter = view.wipeAfter.firstIndex { $0.selected } ?? 0
            exitPage = view.exitPage ?? ""
        }
    }
}

/// Background sync and report sending on Wi-Fi only: saved as soon as it is
/// flipped; the core's redrawn view then says what is saved.
private struct BackgroundNetworkSection: View {
    let setting: BackgroundNetworkSetting
    let actions: Actions

    var body: some View {
        Section {
            Toggle(setting.label, isOn: Binding(
                get: { setting.wifiOnly },
                set: { actions.setBackgroundNetwork($0 ? .unmetered : .anyNetwork) }))
                // VoiceOver reads what the state means, then "on" or "off" from the toggle.
                .accessibilityLabel(Text(setting.accessibilityLabel))
        } footer: {
            Text(setting.description)
        }
    }
}

private struct WipeSection: View {
    let view: SafetyView
    let cancel: String
    let actions: Actions
    @State private var confirming = false

    var body: some View {
        Section {
            Button(view.wipeLabel, role: .destructive) { confirming = true }
                .confirmationDialog(view.wipeConfirm, isPresented: $confirming, titleVisibility: .visible) {
                    Button(view.wipeLabel, role: .destructive) { actions.wipe() }
                    Button(cancel, role: .cancel) {}
                }
        } footer: {
            Text(view.wipeHint)
        }
    }
}
