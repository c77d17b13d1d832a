/** A file as base64 for a JSON body, in chunks (a whole file through String.fromCharCode at once overflows the stack). */
export async function somBase64(fil: Blob): Promise<string> {
  const bytes = new Uint8Array(await fil.arrayBuffer());
  let binaer = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binaer += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binaer);
}
