// The design variant: "dark" (projection, the default) or "light" (bright rooms, print).
// Chosen without editing slides: ?variant=light in the URL, or the L key while presenting;
// the choice is remembered, and windows of the same deck (audience, presenter) follow each other.

export type Variant = 'dark' | 'light'

export const VARIANT_STORAGE_KEY = 'commemoration-deck:variant'
export const LIGHT_CLASS = 'memorial-light'

export function variantFromUrl(search: string): Variant | undefined {
  const value = new URLSearchParams(search).get('variant')
  return value === 'light' || value === 'dark' ? value : undefined
}

export function applyVariant(variant: Variant, root: HTMLElement = document.documentElement): void {
  root.classList.toggle(LIGHT_CLASS, variant === 'light')
}

export function storedVariant(storage: Pick<Storage, 'getItem'> = localStorage): Variant {
  return storage.getItem(VARIANT_STORAGE_KEY) === 'light' ? 'light' : 'dark'
}

export function setVariant(variant: Variant): void {
  localStorage.setItem(VARIANT_STORAGE_KEY, variant)
  applyVariant(variant)
}
