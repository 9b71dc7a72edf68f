// The sealed secret as a file, replaced atomically (written beside, synced,
// renamed), so a crash leaves the old secret or the new one, never half.
package org.haven.app.pure

import java.io.File
import java.io.FileOutputStream
import java.io.IOException
import org.haven.core.HavenException

class FileBlobStore(private val file: File) : BlobStore {
    override fun read(): ByteArray? {
        if (!file.exists()) return null
        val size = file.length()
        if (size > WrappedSecret.MAX_SEALED_BYTES) throw failure("is larger than ${WrappedSecret.MAX_SEALED_BYTES} bytes")
        return try {
            file.readBytes()
        } catch (e: IOException) {
            throw failure("cannot be read")
        }
    }

    override fun write(bytes: ByteArray) {
        val partial = File(file.parentFile, file.name + ".partial")
        try {
            file.parentFile?.mkdirs()
            FileOutputStream(partial).use { out ->
                out.write(bytes)
                out.fd.sync()
            }
            if (!partial.renameTo(file)) throw IOException("rename")
        } catch (e: IOException) {
            partial.delete()
            throw failure("cannot be written")
        }
    }

    override fun delete() {
        if (file.exists() && !file.delete()) throw failure("cannot be deleted")
    }

    private fun failure(what: String) = HavenException.SecretStore("the sealed secret file $what")
}
