// Report a concern: the outbox, one step of a form, and the review. They
// draw the core's view models; typed answers are saved when the user moves
// on, and the core checks each one (a refused answer keeps the user on the
// step with the core's reason). No location is asked of the platform here.
import HavenCore
import SwiftUI

struct OutboxScreen: View {
    let shell: ShellStrings
    let view: OutboxView
    let actions: Actions

    var body: some View {
        ScreenFrame(shell: shell, title: view.title, back: actions.back, actions: actions) {
            List {
                ForEach(view.newReports, id: \.helplineId) { entry in
                    Entry(title: entry.label, details: []) { actions.newReport(helplineId: entry.helplineId) }
                }
                if view.items.isEmpty { Text(view.emptyText) }
                ForEach(view.items, id: \.id) { item in
                    VStack(alignment: .leading, spacing: 4) {
                        Entry(title: item.helplineName, details: [item.stateText] + [item.referenceText].compactMap { $0 }) {
                            if item.canEdit { actions.navigate(.report(draftId: item.id)) }
                        }
                        .accessibilityLabel(Text(item.accessibilityLabel))
                        HStack {
                            if item.canCancel { Button(view.cancelLabel) { actions.cancelReport(id: item.id) } }
                            if item.canDelete { Button(view.deleteLabel) { actions.deleteReport(id: item.id) } }
                        }
                        .buttonStyle(.borderless)
                    }
                }
                if view.items.contains(where: { $0.state == .queued }) {
                    Button(view.sendLabel, action: actions.sendNow).buttonStyle(.borderedProminent)
                }
            }
            .environment(\.layoutDirection, view.locale.layoutDirection)
        }
    }
}

struct ReportFormScreen: View {
    let shell: ShellStrings
    let view: ReportFormView
    let refused: Refused?
    let actions: Actions
    /// Answers changed on this step and not yet saved, by question id (nil: cleared).
    @State private var pending: [String: Answer?] = [:]

    var body: some View {
        ScreenFrame(shell: shell, title: view.title, back: actions.back, actions: actions) {
            Form {
                Section {
                    Text(view.helplineName)
                    Text(view.progressText).font(.subheadline)
                } header: {
                    SectionTitle(text: view.stepTitle)
                }
                ForEach(view.fields, id: \.id) { field in
                    Section {
                        if let help = field.help { Text(help).font(.subheadline) }
                        FieldEditor(field: field, labels: view.labels, answer: answer(field)) { pending[field.id] = .some($0) }
                        if let error = refused?.fieldId == field.id ? refused?.text : field.error {
                            Text(error).foregroundStyle(.red)
                        }
                    } header: {
                        Text(field.optional ? "\(field.label) · \(view.labels.optional)" : field.label)
                    }
                    .accessibilityElement(children: .contain)
                    .accessibilityLabel(Text(field.accessibilityLabel))
                }
                HStack {
                    if !view.isFirstStep { Button(view.labels.back) { go(.step(view.stepIndex - 1)) } }
                    Spacer()
                    if view.isLastStep {
                        Button(view.labels.review) { go(.review) }.buttonStyle(.borderedProminent)
                    } else {
                        Button(view.labels.next) { go(.step(view.stepIndex + 1)) }.buttonStyle(.borderedProminent)
                    }
                }
            }
            .environment(\.layoutDirection, view.contentLocale.layoutDirection)
            .onChange(of: view.stepIndex) { _ in pending = [:] }
        }
    }

    private func answer(_ field: FieldView) -> Answer? {
        if let changed = pending[field.id] { return changed }
        return field.value
    }

    private func go(_ move: ReportMove) {
        actions.saveAnswers(draftId: view.draftId, answers: pending, move: move)
    }
}

struct ReviewScreen: View {
    let shell: ShellStrings
    let view: ReportReviewView
    let actions: Actions

    var body: some View {
        ScreenFrame(shell: shell, title: view.title, back: actions.back, actions: actions) {
            List {
                SectionTitle(text: view.helplineName)
                if let problems = view.problemsText { Text(problems).foregroundStyle(.red) }
                ForEach(view.items, id: \.fieldId) { item in
                    Entry(title: item.label, details: [item.valueText] + [item.error].compactMap { $0 }) {
                        actions.editReport(draftId: view.draftId, step: item.stepIndex)
                    }
                    .accessibilityHint(Text(view.editLabel))
                }
                Text(view.privacyText)
                Text(view.offlineText)
                Button(view.submitLabel) { actions.submitReport(draftId: view.draftId) }
                    .buttonStyle(.borderedProminent)
                    .disabled(!view.canSubmit)
            }
            .environment(\.layoutDirection, view.contentLocale.layoutDirection)
        }
    }
}
