/** Turn a docx Document into the bytes of a .docx file. */
import { Packer, type Document } from 'docx'

export async function packDocument(document: Document): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(document)
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
