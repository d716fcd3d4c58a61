import type { Movement, MovementCategory } from "./schema";

/** Terse constructor so each movement fits on one line of the table below. */
const mv = (
  id: string,
  name: string,
  aliases: string[],
  category: MovementCategory,
  loadsSpine: boolean,
  swapTo: string[] = [],
): Movement => ({ id, name, aliases, category, loadsSpine, swapTo });

const S = "strength";
const C = "cardio";
const M = "mobility";

/**
 * The movements the training log recognises. Names are Strong's, aliases cover Hevy's
 * spellings and common variants. `swapTo` lists the T-SWAP alternatives: same pattern,
 * less load through the spine (care-rules §4, e.g. barbell deadlift → trap-bar deadlift
 * or hip thrust). Ids are stable: stored sets refer to them.
 *
 * Variants whose weight means something else stay apart (or stay the user's own): a
 * dumbbell's weight is per hand, an assisted pull-up's is help, a single-arm cable's is one
 * side; merged with the barbell or two-arm lift they would fake T-JUMP jumps.
 */
export const MOVEMENTS: readonly Movement[] = [
  // Hinges
  mv("barbell-deadlift", "Deadlift (Barbell)", ["Deadlift", "Barbell Deadlift", "Conventional Deadlift"], S, true, ["trap-bar-deadlift", "hip-thrust", "glute-bridge"]),
  mv("sumo-deadlift", "Sumo Deadlift (Barbell)", ["Sumo Deadlift"], S, true, ["trap-bar-deadlift", "hip-thrust"]),
  mv("trap-bar-deadlift", "Trap Bar Deadlift", ["Deadlift (Trap Bar)", "Hex Bar Deadlift"], S, true, ["hip-thrust", "glute-bridge"]),
  mv("romanian-deadlift", "Romanian Deadlift (Barbell)", ["Romanian Deadlift", "RDL"], S, true, ["hip-thrust", "seated-leg-curl", "glute-bridge"]),
  mv("dumbbell-romanian-deadlift", "Romanian Deadlift (Dumbbell)", ["Dumbbell Romanian Deadlift"], S, true, ["hip-thrust", "seated-leg-curl"]),
  mv("stiff-leg-deadlift", "Stiff Leg Deadlift (Barbell)", ["Straight Leg Deadlift", "Stiff Leg Deadlift"], S, true, ["hip-thrust", "lying-leg-curl"]),
  mv("good-morning", "Good Morning (Barbell)", ["Good Morning"], S, true, ["hip-thrust", "glute-bridge"]),
  mv("kettlebell-swing", "Kettlebell Swing", ["Swing (Kettlebell)"], S, true, ["hip-thrust", "glute-bridge"]),
  mv("back-extension", "Back Extension", ["Back Extension (Weighted Hyperextension)", "Hyperextension"], S, true, ["glute-bridge", "bird-dog"]),
  mv("hip-thrust", "Hip Thrust (Barbell)", ["Hip Thrust", "Barbell Hip Thrust"], S, false, ["glute-bridge"]),
  mv("glute-bridge", "Glute Bridge", ["Glute Bridge (Bodyweight)", "Bridge"], S, false),
  mv("cable-pull-through", "Cable Pull Through", ["Pull Through (Cable)"], S, false),

  // Squats and legs
  mv("back-squat", "Squat (Barbell)", ["Squat", "Back Squat", "Barbell Squat", "Back Squat (Barbell)"], S, true, ["goblet-squat", "leg-press", "belt-squat"]),
  mv("front-squat", "Front Squat (Barbell)", ["Front Squat"], S, true, ["goblet-squat", "leg-press"]),
  mv("smith-machine-squat", "Squat (Smith Machine)", ["Smith Machine Squat"], S, true, ["leg-press", "goblet-squat"]),
  mv("hack-squat", "Hack Squat (Machine)", ["Hack Squat"], S, true, ["leg-press", "belt-squat"]),
  mv("goblet-squat", "Goblet Squat (Kettlebell)", ["Goblet Squat", "Goblet Squat (Dumbbell)"], S, false, ["leg-press"]),
  mv("belt-squat", "Belt Squat (Machine)", ["Belt Squat"], S, false),
  mv("leg-press", "Leg Press (Machine)", ["Leg Press", "Leg Press Horizontal (Machine)", "Horizontal Leg Press"], S, false),
  mv("barbell-lunge", "Lunge (Barbell)", ["Barbell Lunge"], S, true, ["lunge", "split-squat"]),
  mv("lunge", "Lunge (Dumbbell)", ["Lunge", "Walking Lunge", "Walking Lunge (Dumbbell)", "Lunge (Bodyweight)"], S, false),
  mv("split-squat", "Split Squat (Dumbbell)", ["Split Squat"], S, false),
  mv("bulgarian-split-squat", "Bulgarian Split Squat", ["Bulgarian Split Squat (Dumbbell)"], S, false),
  mv("step-up", "Step Up", ["Step Up (Dumbbell)", "Step Up (Bodyweight)"], S, false),
  mv("leg-extension", "Leg Extension (Machine)", ["Leg Extension"], S, false),
  mv("lying-leg-curl", "Lying Leg Curl (Machine)", ["Lying Leg Curl", "Leg Curl (Lying)"], S, false),
  mv("seated-leg-curl", "Seated Leg Curl (Machine)", ["Seated Leg Curl", "Leg Curl (Seated)"], S, false),
  mv("standing-calf-raise", "Standing Calf Raise (Machine)", ["Standing Calf Raise", "Calf Raise (Standing)"], S, true, ["seated-calf-raise", "calf-press"]),
  mv("seated-calf-raise", "Seated Calf Raise (Machine)", ["Seated Calf Raise"], S, false),
  mv("calf-press", "Calf Press (Machine)", ["Calf Extension (Machine)", "Calf Press on Leg Press"], S, false),
  mv("hip-abduction", "Hip Abduction (Machine)", ["Hip Abduction"], S, false),
  mv("hip-adduction", "Hip Adduction (Machine)", ["Hip Adduction"], S, false),

  // Pushes
  mv("bench-press", "Bench Press (Barbell)", ["Bench Press", "Barbell Bench Press", "Flat Bench Press"], S, false, ["dumbbell-bench-press", "machine-chest-press"]),
  mv("dumbbell-bench-press", "Bench Press (Dumbbell)", ["Dumbbell Bench Press"], S, false, ["machine-chest-press"]),
  mv("incline-bench-press", "Incline Bench Press (Barbell)", ["Incline Bench Press"], S, false, ["incline-dumbbell-press", "machine-chest-press"]),
  mv("incline-dumbbell-press", "Incline Bench Press (Dumbbell)", ["Incline Dumbbell Press"], S, false),
  mv("smith-incline-bench-press", "Incline Bench Press (Smith Machine)", ["Smith Machine Incline Press"], S, false),
  mv("machine-chest-press", "Chest Press (Machine)", ["Chest Press", "Machine Chest Press"], S, false),
  mv("push-up", "Push Up", ["Pushup", "Push Up (Bodyweight)"], S, false),
  mv("dip", "Chest Dip", ["Dip", "Triceps Dip", "Dip (Bodyweight)"], S, false),
  mv("machine-dip", "Seated Dip Machine", ["Triceps Dip (Machine)", "Dip (Machine)"], S, false),
  mv("machine-chest-fly", "Chest Fly (Machine)", ["Butterfly (Pec Deck)", "Pec Deck"], S, false),
  mv("cable-fly", "Cable Fly Crossovers", ["Cable Crossover", "Cable Fly", "Incline Cable Fly", "Chest Fly (Cable)"], S, false),
  mv("dumbbell-fly", "Chest Fly (Dumbbell)", ["Dumbbell Fly"], S, false),
  mv("overhead-press", "Overhead Press (Barbell)", ["Overhead Press", "Military Press", "Strict Military Press (Barbell)", "Standing Overhead Press"], S, true, ["landmine-press", "machine-shoulder-press"]),
  mv("push-press", "Push Press (Barbell)", ["Push Press"], S, true, ["landmine-press", "machine-shoulder-press"]),
  mv("smith-overhead-press", "Overhead Press (Smith Machine)", ["Shoulder Press (Smith Machine)"], S, true, ["machine-shoulder-press", "landmine-press"]),
  mv("dumbbell-shoulder-press", "Shoulder Press (Dumbbell)", ["Seated Shoulder Press (Dumbbell)", "Overhead Press (Dumbbell)", "Dumbbell Shoulder Press"], S, true, ["landmine-press", "machine-shoulder-press"]),
  mv("machine-shoulder-press", "Shoulder Press (Machine)", ["Seated Shoulder Press (Machine)", "Shoulder Press Machine"], S, false),
  mv("landmine-press", "Landmine Press", ["Landmine Press (Barbell)", "Single Arm Landmine Press (Barbell)"], S, false),
  mv("lateral-raise", "Lateral Raise (Dumbbell)", ["Lateral Raise", "Dumbbell Lateral Raise"], S, false),
  mv("cable-lateral-raise", "Lateral Raise (Cable)", ["Single Arm Lateral Raise (Cable)", "Cable Lateral Raise"], S, false),
  mv("rear-delt-fly", "Rear Delt Reverse Fly (Machine)", ["Reverse Fly (Machine)", "Reverse Pec Deck"], S, false),
  mv("face-pull", "Face Pull (Cable)", ["Face Pull"], S, false),
  mv("triceps-pushdown", "Triceps Pushdown (Cable)", ["Triceps Pushdown", "Triceps Rope Pushdown"], S, false),
  mv("skull-crusher", "Skullcrusher (Barbell)", ["Skull Crusher", "Lying Triceps Extension (Barbell)"], S, false),
  mv("overhead-triceps-extension", "Triceps Extension (Dumbbell)", ["Overhead Triceps Extension (Dumbbell)"], S, false),
  mv("triceps-kickback", "Triceps Kickback (Dumbbell)", ["Triceps Kickback"], S, false),

  // Pulls
  mv("bent-over-row", "Bent Over Row (Barbell)", ["Bent Over Row", "Barbell Row", "Pendlay Row (Barbell)"], S, true, ["chest-supported-row", "seated-cable-row", "machine-row"]),
  mv("t-bar-row", "T Bar Row", ["T-Bar Row (Machine)"], S, true, ["chest-supported-row", "machine-row"]),
  mv("landmine-row", "Landmine Row", ["Landmine Row (Barbell)"], S, true, ["chest-supported-row", "machine-row"]),
  mv("dumbbell-row", "Dumbbell Row", ["One Arm Dumbbell Row", "Single Arm Dumbbell Row", "Dumbbell Row (Single Arm)"], S, false, ["chest-supported-row"]),
  mv("chest-supported-row", "Chest Supported Incline Row (Dumbbell)", ["Chest Supported Row", "Incline Row (Dumbbell)", "Seal Row"], S, false),
  mv("machine-row", "Iso-Lateral Row (Machine)", ["Seated Row (Machine)", "Row (Machine)", "Chest Supported Row (Machine)"], S, false),
  mv("seated-cable-row", "Seated Row (Cable)", ["Seated Cable Row", "Seated Cable Row - V Grip (Cable)", "Seated Cable Row - Bar Wide Grip"], S, false),
  mv("pull-up", "Pull Up", ["Pullup", "Pull Up (Weighted)", "Pull Up (Bodyweight)"], S, false),
  mv("chin-up", "Chin Up", ["Chinup", "Chin Up (Weighted)"], S, false),
  mv("lat-pulldown", "Lat Pulldown (Cable)", ["Lat Pulldown", "Lat Pulldown (Machine)", "Lat Pulldown - Close Grip (Cable)", "Lat Pulldown - Wide Grip (Cable)"], S, false),
  mv("straight-arm-pulldown", "Straight Arm Lat Pulldown (Cable)", ["Straight Arm Pulldown", "Straight Arm Pulldown (Cable)"], S, false),
  mv("shrug", "Shrug (Barbell)", ["Barbell Shrug", "Shrug"], S, true, ["dumbbell-shrug"]),
  mv("dumbbell-shrug", "Shrug (Dumbbell)", ["Dumbbell Shrug"], S, false),

  // Arms
  mv("barbell-curl", "Bicep Curl (Barbell)", ["Barbell Curl", "Curl (Barbell)"], S, false),
  mv("dumbbell-curl", "Bicep Curl (Dumbbell)", ["Dumbbell Curl", "Curl (Dumbbell)"], S, false),
  mv("cable-curl", "Bicep Curl (Cable)", ["Cable Curl"], S, false),
  mv("hammer-curl", "Hammer Curl (Dumbbell)", ["Hammer Curl"], S, false),
  mv("preacher-curl", "Preacher Curl (Barbell)", ["Preacher Curl"], S, false),
  mv("wrist-curl", "Wrist Curl (Dumbbell)", ["Seated Palms Up Wrist Curl"], S, false),

  // Trunk
  mv("plank", "Plank", ["Front Plank"], S, false),
  mv("side-plank", "Side Plank", [], S, false),
  mv("bird-dog", "Bird Dog", [], S, false),
  mv("dead-bug", "Dead Bug", [], S, false),
  mv("pallof-press", "Pallof Press (Cable)", ["Pallof Press"], S, false),
  mv("hanging-knee-raise", "Hanging Knee Raise", ["Knee Raise (Hanging)"], S, false),
  mv("hanging-leg-raise", "Hanging Leg Raise", ["Leg Raise (Hanging)"], S, false),
  mv("crunch", "Crunch", ["Crunch (Bodyweight)"], S, false),
  mv("sit-up", "Sit Up", ["Situp"], S, true, ["dead-bug", "plank"]),
  mv("cable-crunch", "Cable Crunch", ["Crunch (Cable)", "Kneeling Cable Crunch"], S, true, ["dead-bug", "pallof-press"]),
  mv("russian-twist", "Russian Twist", ["Russian Twist (Weighted)"], S, true, ["pallof-press", "side-plank"]),
  mv("ab-wheel", "Ab Wheel", ["Ab Wheel Rollout", "Ab Rollout"], S, false),

  // Cardio
  mv("treadmill", "Treadmill", ["Running (Treadmill)", "Walking (Treadmill)"], C, false),
  mv("running", "Running", ["Run", "Running (Outdoor)"], C, false),
  mv("walk", "Walking", ["Walk", "Walking (Outdoor)"], C, false),
  mv("cycling", "Cycling", ["Stationary Bike", "Cycling (Indoor)", "Bike"], C, false),
  mv("rowing-machine", "Rowing (Machine)", ["Rowing Machine", "Rower", "Row Erg"], C, true, ["cycling", "elliptical"]),
  mv("elliptical", "Elliptical Trainer", ["Elliptical", "Cross Trainer"], C, false),
  mv("stair-climber", "Stair Machine", ["Stair Climber", "Stairmaster"], C, false),
  mv("jump-rope", "Jump Rope", ["Skipping", "Skipping Rope"], C, false),
  mv("swimming", "Swimming", ["Swim"], C, false),

  // Mobility, warm-up and cool-down (ids shared with the care rules' exercises)
  mv("warm-up", "Warm Up", ["Warmup", "General Warm Up"], M, false),
  mv("cool-down", "Cool Down", ["Cooldown"], M, false),
  mv("stretching", "Stretching", ["Stretch", "Full Body Stretch"], M, false),
  mv("foam-rolling", "Foam Rolling", ["Foam Roller"], M, false),
  mv("cat-camel", "Cat Camel", ["Cat Cow", "Cat Cow Stretch"], M, false),
  mv("hip-flexor-stretch", "Hip Flexor Stretch", ["Kneeling Hip Flexor Stretch"], M, false),
  mv("knee-to-chest", "Knee to Chest Stretch", ["Knee to Chest"], M, false),
  mv("standing-back-extension", "Standing Back Extension", [], M, false),
  mv("chin-tuck", "Chin Tuck", ["Chin Tucks"], M, false),
  mv("shoulder-blade-squeeze", "Shoulder Blade Squeeze", ["Scapular Squeeze"], M, false),
];

const byId = new Map(MOVEMENTS.map((m) => [m.id, m]));

/** The movement with this id, if the catalogue has it. */
export const movementById = (id: string): Movement | undefined => byId.get(id);
