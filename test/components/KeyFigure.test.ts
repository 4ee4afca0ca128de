import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import KeyFigure from '../../components/KeyFigure.vue'
import KeyFigureGrid from '../../components/KeyFigureGrid.vue'
import { RENDER_CONTEXT_KEY, SLIDEV_CONTEXT_KEY } from '../../composables/useLiveSlide'

function mountFigure(options: { print: boolean, reducedMotion?: boolean }) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') ? Boolean(options.reducedMotion) : false, media: query }))
  return mount(KeyFigure, {
    attachTo: document.body,
    props: { figure: '300,000', value: 300000, context: 'a German Army 300,000 strong', source: 'Joseph Stalin, November 1943', countUp: true },
    global: {
      provide: {
        [RENDER_CONTEXT_KEY]: ref('slide'),
        [SLIDEV_CONTEXT_KEY]: { nav: { isPrintMode: options.print } },
      },
    },
  })
}

/** Reveals the card the way Slidev's v-click does, then lets the animation run a few frames. */
async function reveal(wrapper: ReturnType<typeof mountFigure>) {
  wrapper.element.classList.add('slidev-vclick-hidden')
  await new Promise(r => setTimeout(r, 0))
  wrapper.element.classList.remove('slidev-vclick-hidden')
  await new Promise(r => setTimeout(r, 120))
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('KeyFigure', () => {
  it('shows the figure as the article writes it, with its label and source', () => {
    const wrapper = mountFigure({ print: true })
    expect(wrapper.find('.figure-final').text()).toBe('300,000')
    expect(wrapper.find('.context').text()).toBe('a German Army 300,000 strong')
    expect(wrapper.find('.source').text()).toBe('Joseph Stalin, November 1943')
  })

  it('counts up on the live slide when the card is revealed', async () => {
    const wrapper = mountFigure({ print: false })
    await reveal(wrapper)
    expect(wrapper.find('.figure-counting').exists()).toBe(true)
    expect(wrapper.find('.figure-counting').text()).not.toBe('300,000')
  })

  it('shows only the final value in print and export', async () => {
    const wrapper = mountFigure({ print: true })
    await reveal(wrapper)
    expect(wrapper.find('.figure-counting').exists()).toBe(false)
    expect(wrapper.find('.figure-final').classes()).not.toContain('is-counting')
  })

  it('does not animate for people who ask for reduced motion', async () => {
    const wrapper = mountFigure({ print: false, reducedMotion: true })
    await reveal(wrapper)
    expect(wrapper.find('.figure-counting').exists()).toBe(false)
    expect(wrapper.text()).toContain('300,000')
  })
})

describe('KeyFigureGrid', () => {
  it('puts four figures in two columns, three in three, and a lone one in half the width', () => {
    expect(mount(KeyFigureGrid, { props: { count: 4 } }).attributes('style')).toContain('repeat(2,')
    expect(mount(KeyFigureGrid, { props: { count: 3 } }).attributes('style')).toContain('repeat(3,')
    expect(mount(KeyFigureGrid, { props: { count: 1 } }).attributes('style')).toContain('repeat(2,')
  })
})
