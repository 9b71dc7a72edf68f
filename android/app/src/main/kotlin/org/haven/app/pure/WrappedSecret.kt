// The Keystore-backed SecretStore's file format and its sealing, in plain
// JVM Kotlin so it is compiled and tested off-device (`cargo xtask
// bindings`). On Android the AES key lives in the AndroidKeyStore and never
// leaves it; here it is whatever `WrappingKeySource` hands over.
//
// File: version (1 byte) | IV (12 bytes) | AES-256-GCM ciphertext and tag.
// The AAD names the format, so a blob made for something else never opens.
package org.haven.app.pure

import java.security.GeneralSecurityException
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import org.haven.core.HavenException
import org.haven.core.SecretStore

/** The sealed file's layout and limits. */
object WrappedSecret {
    const val VERSION: Byte = 1
    const val IV_BYTES = 12
    const val TAG_BITS = 128
    /** The core's own bound on what it stores (its envelope), plus the wrapping. */
    const val MAX_SECRET_BYTES = 64 * 1024
    const val MAX_SEALED_BYTES = 1 + IV_BYTES + MAX_SECRET_BYTES + TAG_BITS / 8
    private const val TRANSFORMATION = "AES/GCM/NoPadding"
    private val AAD = "haven secret store v1".toByteArray(Charsets.US_ASCII)

    /** Seals `secret`; the cipher picks a fresh random IV (AndroidKeyStore insists on it). */
    fun seal(key: SecretKey, secret: ByteArray): ByteArray {
        if (secret.size > MAX_SECRET_BYTES) throw failure("the secret is larger than $MAX_SECRET_BYTES bytes")
        return guarded("sealing") {
            val cipher = Cipher.getInstance(TRANSFORMATION)
            cipher.init(Cipher.ENCRYPT_MODE, key)
            cipher.updateAAD(AAD)
            val iv = cipher.iv
            if (iv == null || iv.size != IV_BYTES) throw failure("the cipher chose an IV of an unexpected size")
            val body = cipher.doFinal(secret)
            byteArrayOf(VERSION) + iv + body
        }
    }

    /** Opens what `seal` made; anything else is a `SecretStore` error that holds no bytes. */
    fun open(key: SecretKey, sealed: ByteArray): ByteArray {
        if (sealed.size > MAX_SEALED_BYTES) throw failure("the sealed secret is larger than $MAX_SEALED_BYTES bytes")
        if (sealed.size < 1 + IV_BYTES + TAG_BITS / 8) throw failure("the sealed secret is too short")
        if (sealed[0] != VERSION) throw failure("the sealed secret has unknown version ${sealed[0]}")
        return guarded("opening") {
            val cipher = Cipher.getInstance(TRANSFORMATION)
            cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BITS, sealed, 1, IV_BYTES))
            cipher.updateAAD(AAD)
            cipher.doFinal(sealed, 1 + IV_BYTES, sealed.size - 1 - IV_BYTES)
        }
    }

    private fun <T> guarded(what: String, body: () -> T): T =
        try {
            body()
        } catch (e: GeneralSecurityException) {
            // The exception's class says enough (AEADBadTagException: tampered or wrong key).
            throw failure("$what the secret failed (${e.javaClass.simpleName})")
        }

    fun failure(reason: String) = HavenException.SecretStore(reason)
}

/** Where the sealed bytes are kept (a file in no-backup storage on Android). */
interface BlobStore {
    fun read(): ByteArray?
    fun write(bytes: ByteArray)
    fun delete()
}

/** The wrapping key: fetched, or made when `create` and none exists yet. */
fun interface WrappingKeySource {
    fun key(create: Boolean): SecretKey?
}

/**
 * Haven's SecretStore for phones: the core's bytes sealed under a key the
 * platform guards. Clears every plaintext copy it handles.
 */
class WrappingSecretStore(private val keys: WrappingKeySource, private val blobs: BlobStore) : SecretStore {
    override fun load(): ByteArray? {
        val sealed = blobs.read() ?: return null
        val key = keys.key(create = false)
            ?: throw WrappedSecret.failure("the wrapping key is gone (the app's keys were reset)")
        return WrappedSecret.open(key, sealed)
    }

    override fun save(key: ByteArray) {
        try {
            val wrapping = keys.key(create = true) ?: throw WrappedSecret.failure("no wrapping key could be made")
            blobs.write(WrappedSecret.seal(wrapping, key))
        } finally {
            key.fill(0)
        }
    }

    override fun delete() {
        blobs.delete()
    }
}
