/// <reference types="vite/client" />

declare module 'virtual:photo-manifest' {
  /** Paths of the photos under public/, e.g. "photos/red-army.jpg". */
  const photos: string[]
  export default photos
}
