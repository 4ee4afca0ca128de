/// <reference types="vite/client" />

declare module 'virtual:photo-manifest' {
  /** Paths of the photos under public/, e.g. "photos/red-army.jpg". */
  const photos: string[]
  export default photos
  /** In the one-file deck: each photo as a data URL, by its path. Empty otherwise. */
  export const inlined: Record<string, string>
}
