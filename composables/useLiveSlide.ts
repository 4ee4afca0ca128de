// Is this component on the live slide an audience is watching (not print, export, overview or
// the presenter's previews)? Read from what Slidev provides to every slide.
import type { Ref } from 'vue'
import { computed, inject, ref } from 'vue'

// The values of Slidev 52's injection keys (@slidev/client/constants). Importing that module would
// pull Slidev's whole client into our type check. If a Slidev upgrade renames them, nothing is
// injected, the slide counts as not live, and figures simply show their final values.
export const RENDER_CONTEXT_KEY = '$$slidev-render-context'
export const SLIDEV_CONTEXT_KEY = '$$slidev-context'

type RenderContext = 'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'

export function useLiveSlide() {
  const renderContext = inject<Ref<RenderContext>>(RENDER_CONTEXT_KEY, ref('none'))
  const slidev = inject<{ nav?: { isPrintMode?: boolean } } | undefined>(SLIDEV_CONTEXT_KEY, undefined)
  return computed(() => renderContext.value === 'slide' && !slidev?.nav?.isPrintMode)
}
