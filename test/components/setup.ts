import type { Directive } from 'vue'

/** Slidev's v-click, reduced to what a component test needs: the class it toggles. */
export const vClickStub: Directive<HTMLElement> = {
  mounted(el) {
    el.classList.add('slidev-vclick-target')
  },
}
