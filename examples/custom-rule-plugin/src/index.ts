import { definePlugin, type ConfigObject } from '@zfxxgk/core'
import { feeDecimals } from './rules/fee-decimals.js'

/** The plug-in: its rules under the namespace `local`, and a `recommended` preset. */
const plugin = definePlugin({
  meta: { name: '@example/zfxxgk-plugin-fee-decimals', namespace: 'local', version: '0.1.0' },
  rules: { 'fee-decimals': feeDecimals },
  configs: {} as Record<'recommended', ConfigObject[]>,
})

// As in ESLint, the preset refers to the plug-in itself, so it is added after the plug-in exists.
plugin.configs.recommended = [{ name: 'local/recommended', plugins: { local: plugin }, rules: { 'local/fee-decimals': 'warn' } }]

export default plugin
export { feeDecimals }
