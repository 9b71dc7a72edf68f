// Opening what the view models link to: helpline channels (tel:, sms:,
// https:) and the neutral exit page. Haven itself never goes online.
package org.haven.app.platform

import android.content.ActivityNotFoundException
import android.content.Context
import android.content.Intent
import android.net.Uri

object Links {
    private val ALLOWED = setOf("tel", "sms", "https", "mailto")

    /** Opens `uri` in the app that handles it; `false` when none does or the scheme is not one Haven uses. */
    fun open(context: Context, uri: String): Boolean {
        val parsed = Uri.parse(uri)
        if (parsed.scheme?.lowercase() !in ALLOWED) return false
        val intent = Intent(Intent.ACTION_VIEW, parsed).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK)
        return try {
            context.startActivity(intent)
            true
        } catch (e: ActivityNotFoundException) {
            false
        }
    }
}
