using System;

namespace nanoFramework.Hardware.K210
{
    /// <summary>
    /// float32 values as little-endian IEEE 754 bytes without a temporary per value: nanoFramework's mscorlib has
    /// <c>BitConverter.GetBytes(float)</c> (a new byte[4] each call) but no <c>SingleToInt32Bits</c> and no
    /// <c>Buffer.BlockCopy</c>. The bits come from the value widened to double, which is exact for every finite float
    /// and infinity (float subnormals become normal doubles and are shifted back).
    /// </summary>
    internal static class SingleBytes
    {
        /// <summary>
        /// Writes values[i] to destination[4i..4i+3], little-endian; the same bytes as <c>BitConverter.GetBytes</c>
        /// on a little-endian machine (the K210 and x86-64). destination holds at least 4 x values.Length bytes.
        /// </summary>
        internal static void Write(float[] values, byte[] destination)
        {
            for (int i = 0; i < values.Length; i++)
            {
                long d = BitConverter.DoubleToInt64Bits(values[i]);
                int exponent = (int)((d >> 52) & 0x7FF);
                long mantissa = d & 0xFFFFFFFFFFFFFL;
                int bits = d < 0 ? int.MinValue : 0;
                if (exponent == 0x7FF)
                {
                    if (mantissa != 0)
                    {
                        // NaN: widening may quiet it (x86) or make it canonical (RISC-V), which would lose its
                        // payload. GetBytes keeps the exact bits; NaN inputs are rare, so its allocation is too.
                        Array.Copy(BitConverter.GetBytes(values[i]), 0, destination, 4 * i, 4);
                        continue;
                    }

                    bits |= 0x7F800000;
                }
                else if (exponent != 0)
                {
                    // A widened float has no double subnormals: exponent 0 is only ±0, which is the sign bit alone.
                    int unbiased = exponent - 1023;
                    if (unbiased >= -126)
                    {
                        bits |= ((unbiased + 127) << 23) | (int)(mantissa >> 29);
                    }
                    else
                    {
                        // float subnormal (2^-149 .. 2^-127): the significand with its leading 1, shifted to units
                        // of 2^-149. Exact: the widened value has no bits below 2^-149.
                        bits |= (int)((mantissa | 0x10000000000000L) >> (-unbiased - 97));
                    }
                }

                int o = 4 * i;
                destination[o] = (byte)bits;
                destination[o + 1] = (byte)(bits >> 8);
                destination[o + 2] = (byte)(bits >> 16);
                destination[o + 3] = (byte)(bits >> 24);
            }
        }
    }
}
