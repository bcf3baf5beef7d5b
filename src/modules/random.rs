//! `_random`: the Mersenne Twister core of `random` (stdlib/random.py),
//! bit-for-bit CPython's `_randommodule.c`. The generator state lives in a
//! Python list of 625 ints (624 state words, then the index), so no new
//! object type is needed: `seed(state, key_words)`, `genrand(state)`,
//! `random(state)`, `getrandbits(state, k)`.

use num_bigint::{BigInt, BigUint, Sign};

use crate::builtins::{arity, native};
use crate::runtime::object::Args;
use crate::runtime::{ops, PyResult, Value};
use crate::vm::Vm;

use super::{new_module, set_attr};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

pub fn create(vm: &Vm) -> Value {
    let m = new_module(vm, "_random");
    set_attr(vm, &m, "seed", native("seed", seed));
    set_attr(vm, &m, "genrand", native("genrand", genrand));
    set_attr(vm, &m, "random", native("random", random));
    set_attr(vm, &m, "getrandbits", native("getrandbits", getrandbits));
    m
}

struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.mt;
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
    }

    fn genrand(&mut self) -> u32 {
        let mag01 = [0u32, MATRIX_A];
        if self.index >= N {
            let mt = &mut self.mt;
            let mut kk = 0;
            while kk < N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            while kk < N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }
}

fn word(v: &Value) -> u32 {
    match v {
        Value::Int(w) => *w as u32,
        _ => 0,
    }
}

/// The stored generator, read in place: a twist converts the whole state,
/// a plain draw touches one word and the index.
struct Stored<'a>(&'a mut [Value]);

impl Stored<'_> {
    fn genrand(&mut self) -> u32 {
        let l = &mut *self.0;
        let mut index = match &l[N] {
            Value::Int(i) => (*i).clamp(0, N as i64) as usize,
            _ => N,
        };
        if index >= N {
            let mut mt = Mt {
                mt: [0; N],
                index: N,
            };
            for (i, x) in l.iter().take(N).enumerate() {
                mt.mt[i] = word(x);
            }
            mt.index = N;
            let first = mt.genrand();
            for (i, w) in mt.mt.iter().enumerate() {
                l[i] = Value::Int(*w as i64);
            }
            l[N] = Value::Int(1);
            return first;
        }
        let mut y = word(&l[index]);
        index += 1;
        l[N] = Value::Int(index as i64);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }
}

/// Run `f` on the generator whose state is stored in list `v`.
fn with_state<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Stored) -> R) -> PyResult<R> {
    let Some(list) = ops::list_of(v) else {
        return Err(vm.type_error("_random: state must be a list"));
    };
    let mut l = list.borrow_mut();
    if l.len() != N + 1 || l.iter().any(|x| !matches!(x, Value::Int(_))) {
        return Err(vm.value_error("_random: invalid state"));
    }
    Ok(f(&mut Stored(&mut l[..])))
}

/// `seed(state, n)`: initialise from the absolute value of int `n`.
fn seed(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "seed", &args, 2, 2)?;
    let Some(n) = ops::to_bigint(&args.pos[1]) else {
        return Err(vm.type_error("_random.seed: int expected"));
    };
    let mut key: Vec<u32> = n.magnitude().to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    let mut mt = Mt {
        mt: [0; N],
        index: N,
    };
    mt.init_by_array(&key);
    let Some(list) = ops::list_of(&args.pos[0]) else {
        return Err(vm.type_error("_random: state must be a list"));
    };
    let new: Vec<Value> = mt
        .mt
        .iter()
        .map(|w| Value::Int(*w as i64))
        .chain(std::iter::once(Value::Int(N as i64)))
        .collect();
    let old = std::mem::replace(&mut *list.borrow_mut(), new);
    drop(old);
    Ok(Value::None)
}

fn genrand(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "genrand", &args, 1, 1)?;
    let r = with_state(vm, &args.pos[0], |mt| mt.genrand())?;
    Ok(Value::Int(r as i64))
}

fn random(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "random", &args, 1, 1)?;
    let r = with_state(vm, &args.pos[0], |mt| {
        let a = mt.genrand() >> 5;
        let b = mt.genrand() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    })?;
    Ok(Value::Float(r))
}

fn getrandbits(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "getrandbits", &args, 2, 2)?;
    let k = ops::index_value(vm, &args.pos[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k <= 32 {
        let r = with_state(vm, &args.pos[0], |mt| mt.genrand() >> (32 - k))?;
        return Ok(Value::Int(r as i64));
    }
    let words = with_state(vm, &args.pos[0], |mt| {
        let mut words = Vec::with_capacity(((k - 1) / 32 + 1) as usize);
        let mut left = k;
        while left > 0 {
            let mut r = mt.genrand();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left -= 32;
        }
        words
    })?;
    Ok(Value::from_bigint(BigInt::from_biguint(
        Sign::Plus,
        BigUint::new(words),
    )))
}
