import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class DevTokenRequestDto {
  @ApiProperty({ example: 'lege.cgm', description: 'A demo user (GET /api/dev/users)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  username!: string;
}
