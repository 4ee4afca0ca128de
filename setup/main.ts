import { defineAppSetup } from '@slidev/types'
import { applyVariant, storedVariant, VARIANT_STORAGE_KEY, variantFromUrl } from './variant'

export default defineAppSetup(() => {
  if (typeof window === 'undefined')
    return
  const fromUrl = variantFromUrl(window.location.search)
  // A URL choice applies to this window only (exports use it); a key press is remembered.
  applyVariant(fromUrl ?? storedVariant())
  if (!fromUrl) {
    window.addEventListener('storage', (event) => {
      if (event.key === VARIANT_STORAGE_KEY)
        applyVariant(storedVariant())
    })
  }
})
