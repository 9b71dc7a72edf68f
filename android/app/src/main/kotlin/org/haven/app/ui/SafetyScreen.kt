// Safety settings: codes, disguise, auto-lock, wipe after wrong codes, the
// exit page, background work on Wi-Fi only, and the panic wipe. Choices and
// their labels come from the core's SafetyView; the core checks every change
// and refuses what cannot work.
package org.haven.app.ui

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Checkbox
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import org.haven.app.UiState
import org.haven.app.pure.BackgroundNetworkRules
import org.haven.core.BackgroundNetworkSetting
import org.haven.core.CodeSetting
import org.haven.core.SafetySettings
import org.haven.core.SafetyView

private const val MAX_DIGITS = 12

@Composable
fun SafetyScreen(state: UiState.Safety, actions: ShellActions) {
    val view = state.view
    ScreenFrame(state.shell, view.title, onBack = actions::back, actions = actions) {
        Column(Modifier.verticalScroll(rememberScrollState())) {
            state.notice?.let { Text(it, modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite }) }
            UnlockCodeSection(view, actions)
            DuressCodeSection(view, actions)
            ChoiceSections(view, actions)
            BackgroundNetworkSection(view.backgroundNetwork, actions)
            WipeSection(view, state.shell.back, actions)
        }
    }
}

@Composable
private fun UnlockCodeSection(view: SafetyView, actions: ShellActions) {
    var current by remember { mutableStateOf("") }
    var new by remember { mutableStateOf("") }
    var confirm by remember { mutableStateOf("") }
    var protect by remember { mutableStateOf(view.protectKey) }
    var mismatch by remember { mutableStateOf(false) }
    CodeTitle(view.unlockCode)
    if (view.unlockCode.isSet) CodeField(current, { current = it }, view.currentCodeLabel, MAX_DIGITS, Modifier.fillMaxWidth())
    CodeField(new, { new = it }, view.unlockCode.label, MAX_DIGITS, Modifier.fillMaxWidth())
    CodeField(confirm, { confirm = it }, view.confirmCodeLabel, MAX_DIGITS, Modifier.fillMaxWidth())
    Row(
        Modifier.fillMaxWidth().toggleable(value = protect, role = Role.Checkbox, onValueChange = { protect = it }),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Checkbox(checked = protect, onCheckedChange = null)
        Text(view.protectKeyLabel)
    }
    if (mismatch) Text(view.codeMismatch, color = MaterialTheme.colorScheme.error)
    Row {
        Button(onClick = {
            mismatch = new != confirm
            if (!mismatch) actions.setUnlockCode(current.ifEmpty { null }, new, protect)
            new = ""
            confirm = ""
            current = ""
        }) { Text(view.save) }
        if (view.unlockCode.isSet) {
            TextButton(onClick = {
                actions.clearUnlockCode(current)
                current = ""
            }) { Text(view.remove) }
        }
    }
}

@Composable
private fun DuressCodeSection(view: SafetyView, actions: ShellActions) {
    var code by remember { mutableStateOf("") }
    var confirm by remember { mutableStateOf("") }
    var mismatch by remember { mutableStateOf(false) }
    CodeTitle(view.duressCode)
    CodeField(code, { code = it }, view.duressCode.label, MAX_DIGITS, Modifier.fillMaxWidth())
    CodeField(confirm, { confirm = it }, view.confirmCodeLabel, MAX_DIGITS, Modifier.fillMaxWidth())
    if (mismatch) Text(view.codeMismatch, color = MaterialTheme.colorScheme.error)
    Row {
        Button(onClick = {
            mismatch = code != confirm
            if (!mismatch) actions.setDuressCode(code)
            code = ""
            confirm = ""
        }) { Text(view.save) }
        if (view.duressCode.isSet) TextButton(onClick = { actions.setDuressCode(null) }) { Text(view.remove) }
    }
}

@Composable
private fun CodeTitle(setting: CodeSetting) {
    SectionTitle(setting.label)
    Text(setting.hint, style = MaterialTheme.typography.bodySmall)
}

/** Disguise, auto-lock, wipe-after and the exit page: each a list of the core's choices, saved together. */
@Composable
private fun ChoiceSections(view: SafetyView, actions: ShellActions) {
    val selectedDisguise = view.disguises.first { it.selected }
    var disguise by remember(view) { mutableStateOf(selectedDisguise) }
    var autoLock by remember(view) { mutableStateOf(view.autoLock.firstOrNull { it.selected }?.afterSecs) }
    var wipeAfter by remember(view) { mutableStateOf(view.wipeAfter.firstOrNull { it.selected }?.failures) }
    var exitPage by remember(view) { mutableStateOf(view.exitPage.orEmpty()) }

    SectionTitle(view.disguiseLabel)
    Text(view.disguiseHint, style = MaterialTheme.typography.bodySmall)
    view.disguises.forEach { d -> Choice(d.label, d == disguise, d.enabled) { disguise = d } }
    SectionTitle(view.autoLockLabel)
    view.autoLock.forEach { a -> Choice(a.label, a.afterSecs == autoLock, true) { autoLock = a.afterSecs } }
    SectionTitle(view.wipeAfterLabel)
    view.wipeAfter.forEach { w -> Choice(w.label, w.failures == wipeAfter, w.enabled) { wipeAfter = w.failures } }
    SectionTitle(view.exitPageLabel)
    PrivateField(exitPage, { exitPage = it.trim() }, view.exitPageLabel, Modifier.fillMaxWidth())
    Button(onClick = {
        val settings = SafetySettings(disguise.disguise, autoLock, wipeAfter, exitPage.ifEmpty { null })
        actions.saveSettings(settings, disguise.id)
    }, modifier = Modifier.padding(top = 8.dp)) { Text(view.save) }
}

@Composable
private fun Choice(label: String, selected: Boolean, enabled: Boolean, onSelect: () -> Unit) {
    Row(
        Modifier.fillMaxWidth().selectable(selected = selected, enabled = enabled, role = Role.RadioButton, onClick = onSelect),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        RadioButton(selected = selected, onClick = null, enabled = enabled)
        Text(label)
    }
}

/** Background sync and report sending on Wi-Fi only: saved as soon as it is flipped; the core redraws it. */
@Composable
private fun BackgroundNetworkSection(setting: BackgroundNetworkSetting, actions: ShellActions) {
    SectionTitle(setting.label)
    Row(
        Modifier.fillMaxWidth()
            .toggleable(
                value = setting.wifiOnly,
                role = Role.Switch,
                onValueChange = { actions.setBackgroundNetwork(BackgroundNetworkRules.choiceFor(wifiOnly = it)) },
            )
            // TalkBack reads what the state means, then "on" or "off" from the role.
            .semantics { contentDescription = setting.accessibilityLabel },
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Text(setting.description, Modifier.weight(1f), style = MaterialTheme.typography.bodySmall)
        Spacer(Modifier.width(8.dp))
        Switch(checked = setting.wifiOnly, onCheckedChange = null)
    }
}

@Composable
private fun WipeSection(view: SafetyView, dismissLabel: String, actions: ShellActions) {
    var confirming by remember { mutableStateOf(false) }
    SectionTitle(view.wipeLabel)
    Text(view.wipeHint, style = MaterialTheme.typography.bodySmall)
    OutlinedButton(
        onClick = { confirming = true },
        colors = ButtonDefaults.outlinedButtonColors(contentColor = MaterialTheme.colorScheme.error),
    ) { Text(view.wipeLabel) }
    if (confirming) {
        AlertDialog(
            onDismissRequest = { confirming = false },
            text = { Text(view.wipeConfirm) },
            confirmButton = {
                TextButton(onClick = {
                    confirming = false
                    actions.wipe()
                }) { Text(view.wipeLabel) }
            },
            dismissButton = { TextButton(onClick = { confirming = false }) { Text(dismissLabel) } },
        )
    }
}
