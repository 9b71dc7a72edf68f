// Editors for each kind of report question: they only turn what the user
// picks or types into an Answer. Labels come from the form view.
import HavenCore
import SwiftUI

struct FieldEditor: View {
    let field: FieldView
    let labels: FormLabels
    let answer: Answer?
    let changed: (Answer?) -> Void

    var body: some View {
        switch field.kind {
        case .choice:
            ForEach(field.options, id: \.value) { option in
                Toggle(option.label, isOn: Binding(
                    get: { if case .choice(let v) = answer { return v == option.value } else { return false } },
                    set: { _ in changed(.choice(value: option.value)) }))
            }
        case .multiChoice:
            let chosen: [String] = { if case .multiChoice(let v) = answer { return v } else { return [] } }()
            ForEach(field.options, id: \.value) { option in
                Toggle(option.label, isOn: Binding(
                    get: { chosen.contains(option.value) },
                    set: { on in
                        let next = on ? chosen + [option.value] : chosen.filter { $0 != option.value }
                        changed(next.isEmpty ? nil : .multiChoice(values: next))
                    }))
            }
        case .text:
            PrivateField(label: field.label, text: Binding(
                get: { if case .text(let t) = answer { return t } else { return "" } },
                set: { changed(.text(text: $0)) }))
        case .date:
            PrivateField(label: labels.dateHint, text: Binding(
                get: { if case .date(let d) = answer { return d } else { return "" } },
                set: { changed(.date(date: $0)) }))
        case .datetime:
            PrivateField(label: labels.datetimeHint, text: Binding(
                get: { if case .datetime(let d) = answer { return d } else { return "" } },
                set: { changed(.datetime(datetime: $0)) }))
        case .place:
            PlaceEditor(labels: labels, place: { if case .place(let p) = answer { return p } else { return nil } }(), changed: changed)
        case .contact:
            ContactEditor(labels: labels, contact: { if case .contact(let c) = answer { return c } else { return nil } }(), changed: changed)
        }
    }
}

private struct PlaceEditor: View {
    let labels: FormLabels
    let place: PlaceAnswer?
    let changed: (Answer?) -> Void

    var body: some View {
        let current = place ?? PlaceAnswer(text: "", postcode: nil, location: nil)
        PrivateField(label: labels.placeText, text: Binding(
            get: { current.text },
            set: { changed(.place(place: PlaceAnswer(text: $0, postcode: current.postcode, location: current.location))) }))
        PrivateField(label: labels.postcode, text: Binding(
            get: { current.postcode ?? "" },
            set: { changed(.place(place: PlaceAnswer(text: current.text, postcode: $0, location: current.location))) }))
        if current.location != nil { Text(labels.locationShared) }
    }
}

private struct ContactEditor: View {
    let labels: FormLabels
    let contact: ContactAnswer?
    let changed: (Answer?) -> Void

    var body: some View {
        let current = contact ?? ContactAnswer(mode: .anonymous, value: nil, safeTimes: nil, mayLeaveMessage: false)
        let modes: [(ContactMode, String)] = [
            (.anonymous, labels.contactAnonymous), (.phone, labels.contactPhone), (.email, labels.contactEmail),
        ]
        ForEach(modes.indices, id: \.self) { index in
            let (mode, label) = modes[index]
            Toggle(label, isOn: Binding(
                get: { current.mode == mode },
                set: { _ in changed(.contact(contact: with(current) { $0.mode = mode })) }))
        }
        if current.mode != .anonymous {
            PrivateField(label: labels.contactValue, text: Binding(
                get: { current.value ?? "" },
                set: { text in changed(.contact(contact: with(current) { $0.value = text })) }))
            PrivateField(label: labels.safeTimes, text: Binding(
                get: { current.safeTimes ?? "" },
                set: { text in changed(.contact(contact: with(current) { $0.safeTimes = text })) }))
            Toggle(labels.mayLeaveMessage, isOn: Binding(
                get: { current.mayLeaveMessage },
                set: { on in changed(.contact(contact: with(current) { $0.mayLeaveMessage = on })) }))
        }
    }
}

/// A copy of `value` changed by `change` (records are value types).
private func with<T>(_ value: T, _ change: (inout T) -> Void) -> T {
    var copy = value
    change(&copy)
    return copy
}
