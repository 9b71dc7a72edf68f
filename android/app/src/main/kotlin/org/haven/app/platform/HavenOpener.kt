// The one Haven object of the app's process, shared by the screens and the
// background workers. One object matters for safety: a quick exit locks it,
// and a worker that runs afterwards finds it locked and does nothing, rather
// than holding the key in a second, still-open object.
package org.haven.app.platform

import android.content.Context
import java.util.Locale
import java.util.TimeZone
import org.haven.core.Haven
import org.haven.core.OpenOptions

object HavenOpener {
    @Volatile private var shared: Haven? = null

    /** The process's Haven, opened on first use: no-backup storage, the Keystore-sealed secrets, the device's settings. */
    @Synchronized
    fun shared(context: Context): Haven = shared ?: open(context).also { shared = it }

    private fun open(context: Context): Haven {
        val app = context.applicationContext
        val locale = Locale.getDefault()
        val options = OpenOptions(
            deviceLocales = listOf(locale.toLanguageTag()),
            timeZone = TimeZone.getDefault().id,
            region = locale.country.takeIf { it.length == 2 },
        )
        return Haven.open(app.noBackupFilesDir.resolve("haven").path, KeystoreSecretStore.create(app), options)
    }
}
