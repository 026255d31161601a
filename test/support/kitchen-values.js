// @ts-check
'use strict';
// initialValues for a KitchenServer (examples/full.stingeripc) running in the test process.

/**
 * @param {any} kitchen the generated package's index module
 * @param {number} [favoriteNumber]
 */
function kitchenInitialValues(kitchen, favoriteNumber = 42) {
  return {
    favoriteNumber,
    ovenSetting: { celsius: 180, state: kitchen.OvenState.Baking, holdFor: undefined },
    todaysMenu: {
      drink: true,
      sandwich: 'club',
      crackers: 2,
      day: kitchen.DayOfTheWeek.Monday,
      orderNumber: undefined,
      timeOfLunch: new Date('2026-11-24T12:00:00Z'),
      durationOfLunch: 1_800_000,
      receipt: undefined,
    },
    lastCleaned: new Date('2026-11-23T22:00:00Z'),
  };
}

module.exports = { kitchenInitialValues };
