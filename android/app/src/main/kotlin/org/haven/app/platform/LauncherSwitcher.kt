// Switches the launcher entry (name and icon) to the chosen disguise.
package org.haven.app.platform

import android.content.ComponentName
import android.content.Context
import android.content.pm.PackageManager
import org.haven.app.pure.Launcher

object LauncherSwitcher {
    /** `disguiseId` is `DisguiseChoice.id`. The chosen entry is enabled before the others go, so there is always one. */
    fun apply(context: Context, disguiseId: String) {
        val pm = context.packageManager
        for ((alias, enabled) in Launcher.states(disguiseId).sortedByDescending { it.second }) {
            val state = if (enabled) {
                PackageManager.COMPONENT_ENABLED_STATE_ENABLED
            } else {
                PackageManager.COMPONENT_ENABLED_STATE_DISABLED
            }
            pm.setComponentEnabledSetting(ComponentName(context.packageName, alias), state, PackageManager.DONT_KILL_APP)
        }
    }
}
