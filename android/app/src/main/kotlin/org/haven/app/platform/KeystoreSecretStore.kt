// Haven's SecretStore on Android: what the core asks to keep (its key and
// safety envelope) is sealed with AES-256-GCM under a key that lives in the
// AndroidKeyStore (StrongBox when the phone has one) and is usable only
// while the phone is unlocked. The sealed file sits in no-backup storage.
// The format and the sealing are plain JVM code in pure/WrappedSecret.kt.
package org.haven.app.platform

import android.content.Context
import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import java.io.File
import java.io.IOException
import java.security.GeneralSecurityException
import java.security.KeyStore
import java.security.ProviderException
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import org.haven.app.pure.FileBlobStore
import org.haven.app.pure.WrappedSecret
import org.haven.app.pure.WrappingKeySource
import org.haven.app.pure.WrappingSecretStore
import org.haven.core.SecretStore

object KeystoreSecretStore {
    private const val FILE_NAME = "haven.secret"

    fun create(context: Context): SecretStore =
        WrappingSecretStore(AndroidKeystoreKeys, FileBlobStore(File(context.noBackupFilesDir, FILE_NAME)))
}

private object AndroidKeystoreKeys : WrappingKeySource {
    private const val PROVIDER = "AndroidKeyStore"
    private const val ALIAS = "org.haven.wrap.v1"

    override fun key(create: Boolean): SecretKey? =
        try {
            val store = KeyStore.getInstance(PROVIDER).apply { load(null) }
            (store.getKey(ALIAS, null) as? SecretKey) ?: if (create) generate() else null
        } catch (e: GeneralSecurityException) {
            throw WrappedSecret.failure("the Android Keystore failed (${e.javaClass.simpleName})")
        } catch (e: ProviderException) {
            throw WrappedSecret.failure("the Android Keystore failed (${e.javaClass.simpleName})")
        } catch (e: IOException) {
            throw WrappedSecret.failure("the Android Keystore cannot be read")
        }

    private fun generate(): SecretKey {
        // StrongBox where the phone has it; its absence is only known by trying.
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
            try {
                return generate(strongBox = true)
            } catch (e: ProviderException) {
                // StrongBoxUnavailableException (a ProviderException): fall back to the TEE.
            }
        }
        return generate(strongBox = false)
    }

    private fun generate(strongBox: Boolean): SecretKey {
        val spec = KeyGenParameterSpec.Builder(ALIAS, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .setRandomizedEncryptionRequired(true)
            .apply {
                if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
                    setIsStrongBoxBacked(strongBox)
                    setUnlockedDeviceRequired(true)
                }
            }
            .build()
        return KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER).run {
            init(spec)
            generateKey()
        }
    }
}
