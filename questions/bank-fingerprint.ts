// The bank's output per version, newest first. Written by `npm run bank:fingerprint`; the test
// tests/unit/bank/fingerprint.test.ts recomputes the current one. If it fails, the items a seed
// produces have changed: bump BANK.version (questions/bank.ts) and run `npm run bank:fingerprint`.
export interface BankFingerprint {
  version: string
  fingerprint: string
  templates: number
  seeds: number
}

export const FINGERPRINTS: readonly BankFingerprint[] = [
  { version: '2.18.12', fingerprint: 'fba95a5e78da3720', templates: 47, seeds: 128 },
  { version: '2.18.11', fingerprint: '546dc84e049f52f8', templates: 47, seeds: 128 },
  { version: '2.18.10', fingerprint: '84b6524ad2fe9e54', templates: 47, seeds: 128 },
  { version: '2.18.9', fingerprint: 'd177cbd99b0cee97', templates: 47, seeds: 128 },
  { version: '2.18.8', fingerprint: '36e4ef99f7b6120b', templates: 47, seeds: 128 },
  { version: '2.18.7', fingerprint: 'baf838d0bfae19a6', templates: 47, seeds: 128 },
  { version: '2.18.6', fingerprint: '2597708eb2b40a20', templates: 47, seeds: 128 },
  { version: '2.18.5', fingerprint: 'b28f5863536ceda9', templates: 47, seeds: 128 },
  { version: '2.18.4', fingerprint: '3f8484a461048c32', templates: 47, seeds: 128 },
  { version: '2.18.3', fingerprint: 'efa6ef3ade9738f8', templates: 47, seeds: 128 },
  { version: '2.18.2', fingerprint: 'f517d51ac066bde4', templates: 47, seeds: 128 },
  { version: '2.18.1', fingerprint: '1e53517ed1329160', templates: 47, seeds: 128 },
  { version: '2.18.0', fingerprint: '357ecbc176107d0b', templates: 47, seeds: 128 },
  { version: '2.17.9', fingerprint: '95772340cee95dae', templates: 47, seeds: 128 },
  { version: '2.17.8', fingerprint: '04fff6487d52cc86', templates: 47, seeds: 128 },
  { version: '2.17.7', fingerprint: '9a4123d924804b63', templates: 47, seeds: 128 },
  { version: '2.17.6', fingerprint: '2cbc1b740d609f8a', templates: 47, seeds: 128 },
  { version: '2.17.5', fingerprint: '77e415ff19248855', templates: 47, seeds: 128 },
  { version: '2.17.4', fingerprint: '57b0a028f4870cce', templates: 47, seeds: 128 },
  { version: '2.17.3', fingerprint: 'f0aa1e8d3ec0f9df', templates: 47, seeds: 128 },
  { version: '2.17.2', fingerprint: '3e90d2a63c95c9dc', templates: 47, seeds: 128 },
  { version: '2.17.1', fingerprint: '9bed947f7a051df9', templates: 47, seeds: 128 },
  { version: '2.17.0', fingerprint: 'a8752133a37c97e5', templates: 47, seeds: 128 },
  { version: '2.16.4', fingerprint: 'a15f7241268e9dfb', templates: 47, seeds: 128 },
  { version: '2.16.3', fingerprint: '394d25950e8b54d7', templates: 47, seeds: 128 },
  { version: '2.16.2', fingerprint: 'ace2228e58a9dc80', templates: 47, seeds: 128 },
  { version: '2.16.1', fingerprint: 'adb4a461b4773a0f', templates: 47, seeds: 128 },
  { version: '2.16.0', fingerprint: '591889bd0eb9449f', templates: 47, seeds: 128 },
  { version: '2.15.0', fingerprint: '5e033463e1b28469', templates: 47, seeds: 128 },
  { version: '2.14.0', fingerprint: '5d7b0798adc3387a', templates: 47, seeds: 128 },
  { version: '2.13.0', fingerprint: '0772e9ae8ca64e4c', templates: 47, seeds: 128 },
  { version: '2.12.0', fingerprint: '59f2ac6be1eb4fc9', templates: 47, seeds: 128 },
  { version: '2.11.0', fingerprint: '5c86e59f3d1cee99', templates: 47, seeds: 128 },
  { version: '2.10.0', fingerprint: '7541bcb1ff6873ff', templates: 45, seeds: 128 },
  { version: '2.9.0', fingerprint: 'd8fa2b9d696dd75b', templates: 45, seeds: 128 },
  { version: '2.8.0', fingerprint: '9aac87bfee8785e9', templates: 45, seeds: 128 },
  { version: '2.7.0', fingerprint: 'be318ee8f171bcb2', templates: 45, seeds: 128 },
  { version: '2.6.0', fingerprint: '8bd2f72d78182373', templates: 45, seeds: 128 },
  { version: '2.5.0', fingerprint: '15472cddc80bdcdf', templates: 45, seeds: 128 },
  { version: '2.4.0', fingerprint: 'c790aa4f8e051a21', templates: 45, seeds: 128 },
  { version: '2.3.0', fingerprint: '6f099b796a4dfbc7', templates: 45, seeds: 128 },
  { version: '2.2.0', fingerprint: 'dc233953f9ecadf5', templates: 45, seeds: 128 },
  { version: '2.1.0', fingerprint: '32706d201c5e086e', templates: 45, seeds: 128 },
  { version: '2.0.0', fingerprint: '3dcc25e0becb2196', templates: 45, seeds: 128 }
]
